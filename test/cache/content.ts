import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { slugify } from '../../src/lib/slug'
import { richText } from '../../src/seed/lexical'

type Id = string | number
type Status = 'draft' | 'published'

const unique = () => randomBytes(4).toString('hex')

/** Content for cache tests, written through the Local API as the system (no access checks). */
export async function createCondition(
  payload: Payload,
  status: Status = 'published',
  name?: string,
) {
  const title = name ?? `Cache test condition ${unique()}`
  const fields = {
    name: title,
    slug: slugify(title),
    summary: `${title}: a summary.`,
    indication: { status: 'unknown' as const },
  }
  return status === 'draft'
    ? payload.create({
        collection: 'conditions',
        data: { ...fields, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
    : payload.create({
        collection: 'conditions',
        data: { ...fields, _status: 'published' },
        overrideAccess: true,
      })
}

export async function createProcedure(payload: Payload, conditionsTreated: Id[]) {
  const title = `Cache test procedure ${unique()}`
  return payload.create({
    collection: 'procedures',
    data: { name: title, summary: `${title}: a summary.`, conditionsTreated, _status: 'published' },
    overrideAccess: true,
  } as never)
}

export async function createFaq(
  payload: Payload,
  relatedConditions: Id[],
  relatedProcedures: Id[],
  order = 0,
) {
  const question = `Cache test question ${unique()}?`
  return payload.create({
    collection: 'faqs',
    data: {
      question,
      answer: richText('An answer.'),
      order,
      relatedConditions,
      relatedProcedures,
      _status: 'published',
    },
    overrideAccess: true,
  } as never)
}
