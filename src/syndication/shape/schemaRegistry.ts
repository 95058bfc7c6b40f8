import { z } from 'zod'

/**
 * Every body the syndication API sends is defined once, with zod, and registered here under the
 * name OpenAPI gives it. openapi/schemas.ts turns the registry into the document's components;
 * the code infers its types from the same definitions and the tests validate answers with them.
 */
export const syndicationRegistry = z.registry<{ id: string }>()
