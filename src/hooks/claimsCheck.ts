import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import {
  describeFlag,
  mergeClaimFlags,
  openFlags,
  type ClaimFlag,
  type SubmittedFlag,
} from '../clinical/claimFlags'
import { actorOf } from '../clinical/actorOf'
import { collectTexts } from '../clinical/collectTexts'
import { findClaims } from '../clinical/findClaims'
import { keepRequestLocale } from '../clinical/keepRequestLocale'
import { now } from '../lib/clock'
import { WorkflowRefusal } from './workflowErrors'
import { typedLocale } from '../lib/localization'

type Doc = Record<string, unknown>

/** 409: the document still has claims no clinician has approved. Nothing was written. */
export class OpenClaimFlags extends APIError {
  constructor(flags: ClaimFlag[]) {
    const lines = flags.map(describeFlag)
    super(
      `Publishing refused: ${flags.length} claim flag(s) are still open. A reviewer must acknowledge each one in the Review tab (or set its status to "acknowledged") before publishing: ${lines.join('; ')}.`,
      409,
      {
        errors: [{ path: 'claimFlags', message: `${flags.length} open claim flag(s)` }],
        openFlags: flags.map(({ id, field, locale, kind, match, phrase }) => ({
          id,
          field,
          locale,
          kind,
          match,
          phrase,
        })),
      },
      true,
    )
    // Logged at info like Payload's own validation errors: the reviewer can fix it.
    this.name = 'ValidationError'
  }
}

/** A stored version in another locale, without fallback, read inside the save's transaction. */
const readInLocale = (
  req: PayloadRequest,
  collection: string,
  id: string | number,
  locale: string,
) =>
  keepRequestLocale(
    req,
    async () =>
      (await req.payload.findByID({
        collection: collection as never,
        id,
        locale: typedLocale(locale),
        fallbackLocale: false,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Doc | null,
  )

/**
 * The claims check: on every save, find the phrases a clinician must approve in every text of
 * every locale, carry over the answers already given to unchanged phrases, apply the statuses sent
 * with the save (reviewers and admins only may acknowledge), and refuse to publish (409) while any
 * flag is open. Saves by the system (seed, import) record flags but are not refused: the seed
 * leaves the source's claims open for the first reviewer.
 */
export const claimsCheck: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const localization = req.payload.config.localization
  const locales = localization ? localization.localeCodes : []
  const defaultLocale = localization ? localization.defaultLocale : 'en'
  const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
  const current = { ...((originalDoc as Doc | undefined) ?? {}), ...(data as Doc) }

  const own = collectTexts(collection.fields, current, {
    locale,
    sharedLocale: 'all',
    includeShared: true,
  })
  const texts = [...own.texts]
  const id = (originalDoc as Doc | undefined)?.id as string | number | undefined
  if (operation === 'update' && id !== undefined) {
    for (const other of locales.filter((code) => code !== locale)) {
      const stored = await readInLocale(req, collection.slug, id, other)
      if (stored) {
        texts.push(
          ...collectTexts(collection.fields, stored, {
            locale: other,
            sharedLocale: 'all',
            includeShared: false,
          }).texts,
        )
      }
    }
  }

  const actor = actorOf(req)
  const { flags, refused } = mergeClaimFlags({
    findings: findClaims(texts, own.durations),
    previous: ((originalDoc as Doc | undefined)?.claimFlags as ClaimFlag[] | undefined) ?? [],
    submitted: Array.isArray(data.claimFlags) ? (data.claimFlags as SubmittedFlag[]) : undefined,
    actor,
    at: now(),
  })
  if (refused.length > 0) {
    throw new WorkflowRefusal(
      `Only a clinical reviewer or an admin can acknowledge claim flags. Ask a reviewer to look at: ${refused.map(describeFlag).join('; ')}.`,
    )
  }
  data.claimFlags = flags

  // Editors cannot publish at all (the publishing rules answer them); the system is not refused.
  const resultStatus = data._status ?? (originalDoc as Doc | undefined)?._status
  const open = openFlags(flags)
  if (actor.kind === 'reviewer' && resultStatus === 'published' && open.length > 0) {
    throw new OpenClaimFlags(open)
  }
  return data
}
