import { z } from 'zod'

// Each import registers its definitions in the registry; the names are used so none is dropped.
import { syndicatedSchemas } from '../shape/contentSchema'
import { changesPageSchema, webhookBodySchema } from '../shape/eventSchema'
import { jsonFeedSchema } from '../shape/feedSchema'
import { jsonLdGraphSchema, jsonLdPageSchema } from '../shape/jsonLdSchema'
import { problemSchema } from '../shape/problem'
import { syndicationRegistry } from '../shape/schemaRegistry'

type Schema = Record<string, unknown>

/** Every definition the OpenAPI document refers to by name, so a missing import fails loudly. */
export const documentedSchemas = [
  ...Object.values(syndicatedSchemas).flatMap(({ document, list }) => [document, list]),
  changesPageSchema,
  webhookBodySchema,
  jsonFeedSchema,
  jsonLdPageSchema,
  jsonLdGraphSchema,
  problemSchema,
]

/**
 * JSON Schema 2020-12 (OpenAPI 3.1) for every body the syndication API sends, generated from
 * their one zod definition (src/syndication/shape) with z.toJSONSchema, referring to each other
 * as components.
 */
export function syndicationJsonSchemas(): Record<string, Schema> {
  const { schemas } = z.toJSONSchema(syndicationRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
  })
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...component } = schema as Record<string, unknown>
      return [id, component]
    }),
  )
}

export const schemas = syndicationJsonSchemas()
