import type { Response } from 'express'

import type { KeyRecord } from '../services/partnerKeys'

export type PartnerRecord = {
  id: string | number
  name: string
  status: string
  rateLimitTier?: string | null
  allowedOrigins?: string[] | null
  scopes?: { collections?: string[] | null; locales?: string[] | null } | null
  /** The admin setting "Include content not yet reviewed". */
  includeUnreviewed?: boolean | null
}

export type PartnerContext = { partner: PartnerRecord; key: KeyRecord }

/** The authenticated partner, set by `authenticatePartner` for the rest of the request. */
export const partnerOf = (res: Response): PartnerContext => res.locals.syndication as PartnerContext
