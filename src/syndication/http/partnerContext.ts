import type { Response } from 'express'

import type { PartnerContext } from '../services/authenticateKey'

/** The authenticated partner, set by `authenticatePartner` for the rest of the request. */
export const partnerOf = (res: Response): PartnerContext => res.locals.syndication as PartnerContext
