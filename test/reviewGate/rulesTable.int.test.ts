import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richText } from '../../src/seed/lexical'
import {
  permissionOf,
  publishingRules,
  type PublishingAction,
} from '../../src/workflow/publishingRules'
import { pendingSchedules, scheduleThroughAdmin, startGateFixture, gateState } from './gateFixture'
import type { GateFixture } from './gateFixture'
import { faqTransports, type Outcome } from './transports'

/**
 * Every row of the publishing rules table, for every role, on every transport that can do it:
 * REST, bulk REST (where=), GraphQL, the Local API with overrideAccess: false and the admin's
 * schedule server function. Allowed actions succeed; refused ones answer 403 with the table's
 * message and change nothing (document, latest version, change log, webhook queue, caches).
 * Media rows, Revert to published and Duplicate have their own files (scheduleAndMedia,
 * editorRights, duplicateAndBatches).
 */

let fx: GateFixture
let transports: ReturnType<typeof faqTransports>
let counter = 0

beforeAll(async () => {
  fx = await startGateFixture()
  transports = faqTransports(fx.server.baseUrl, fx.server.payload)
})
afterAll(async () => fx?.server.close())

/** A published FAQ with an editor's draft on top, so a publish would change the live text. */
async function publishedWithDraft() {
  const payload = fx.server.payload
  const n = ++counter
  const doc = await payload.create({
    collection: 'faqs',
    data: {
      question: `Rules table question ${n}?`,
      answer: richText('An answer.'),
      order: 500 + n,
      _status: 'published',
    },
    overrideAccess: true,
  } as never)
  await payload.update({
    collection: 'faqs',
    id: doc.id,
    data: { question: `Rules table question ${n}, edited?` },
    draft: true,
    overrideAccess: true,
  })
  const { docs } = await payload.findVersions({
    collection: 'faqs',
    where: { parent: { equals: doc.id } },
    sort: '-updatedAt',
    limit: 1,
    overrideAccess: true,
  })
  return { id: doc.id, draftVersionId: docs[0]!.id }
}

async function draftOnly() {
  const n = ++counter
  const doc = await fx.server.payload.create({
    collection: 'faqs',
    data: { question: `Never published ${n}?`, answer: richText('Draft.'), order: 800 + n },
    draft: true,
    overrideAccess: true,
  } as never)
  return { id: doc.id, draftVersionId: doc.id }
}

type Target = { id: string | number; draftVersionId: string | number }
type Member = GateFixture['editor']
type Runs = Record<string, () => Promise<Outcome>>

const scheduleRuns = (member: Member, target: Target, cancel: boolean): Runs => ({
  'admin server function': async () => {
    const doc = { relationTo: 'faqs', value: String(target.id) }
    let deleteID: string | number | undefined
    if (cancel) {
      await scheduleThroughAdmin(fx.server.payload, fx.reviewer, {
        type: 'unpublish',
        date: new Date(Date.now() + 86_400_000),
        doc,
      })
      deleteID = (await pendingSchedules(fx.server.payload, 'faqs', target.id))[0]!.id
    }
    const result = (await scheduleThroughAdmin(fx.server.payload, member, {
      ...(cancel
        ? { deleteID }
        : { type: 'publish', date: new Date(Date.now() + 86_400_000), doc }),
    })) as { error?: string }
    // Payload's server function logs the refusal and answers a generic error.
    return { ok: !result.error, status: result.error ? 403 : 200, message: result.error ?? '' }
  },
})

const actions: Partial<
  Record<PublishingAction, { setup: () => Promise<Target>; runs: (m: Member, t: Target) => Runs }>
> = {
  create: {
    setup: draftOnly,
    runs: (m) =>
      transports.create(m, {
        question: `New ${++counter}?`,
        slug: `new-${counter}`,
        order: 900 + counter,
      }),
  },
  'save-draft': {
    setup: publishedWithDraft,
    runs: (m, t) => transports.update(m, t.id, { question: `Saved draft ${++counter}?` }, true),
  },
  'submit-for-review': {
    setup: publishedWithDraft,
    runs: (m, t) => transports.update(m, t.id, { workflowStatus: 'in-review' }, true),
  },
  publish: {
    setup: publishedWithDraft,
    runs: (m, t) => transports.update(m, t.id, { _status: 'published' }),
  },
  unpublish: {
    setup: publishedWithDraft,
    runs: (m, t) => transports.update(m, t.id, { _status: 'draft' }),
  },
  schedule: { setup: publishedWithDraft, runs: (m, t) => scheduleRuns(m, t, false) },
  'cancel-schedule': { setup: publishedWithDraft, runs: (m, t) => scheduleRuns(m, t, true) },
  'restore-version': {
    setup: publishedWithDraft,
    runs: (m, t) => transports.restore(m, t.draftVersionId),
  },
  'delete-never-published': { setup: draftOnly, runs: (m, t) => transports.remove(m, t.id) },
  'delete-published': { setup: publishedWithDraft, runs: (m, t) => transports.remove(m, t.id) },
}

const roles = ['editor', 'reviewer', 'admin'] as const
const transportNames = ['REST', 'bulk REST', 'GraphQL', 'Local API', 'admin server function']

const cases = publishingRules.flatMap((rule) => {
  const action = actions[rule.action]
  if (!action) return []
  return roles.flatMap((role) =>
    transportNames.map((transport) => ({ rule, role, transport, permission: rule[role] })),
  )
})

describe('the publishing rules table', () => {
  test.each(cases)(
    'should, for the $role, $rule.action over $transport: $permission',
    async ({ rule, role, transport }) => {
      const action = actions[rule.action]!
      const target = await action.setup()
      const run = action.runs(fx[role], target)[transport]
      if (!run) return // this transport cannot express the action (e.g. bulk restore)
      const before = await gateState(fx.server.payload, 'faqs', target.id)
      const outcome = await run()
      const permission = permissionOf([role], rule.action)

      if (permission === 'no') {
        expect(outcome.ok, JSON.stringify(outcome)).toBe(false)
        if (transport !== 'admin server function') expect(outcome.message).toContain(rule.refusal)
        if (transport !== 'bulk REST') expect(outcome.status).toBe(403)
        expect(await gateState(fx.server.payload, 'faqs', target.id)).toEqual(before)
        return
      }
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
      if (permission === 'as-draft') {
        const after = await gateState(fx.server.payload, 'faqs', target.id)
        expect(after.documentHash).toBe(before.documentHash)
        expect(after.changeLogEvents).toBe(before.changeLogEvents)
      }
    },
  )
})
