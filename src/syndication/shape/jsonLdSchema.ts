import { z } from 'zod'

import { syndicationRegistry } from './schemaRegistry'

/**
 * What `?format=jsonld` answers, as far as the outside of the JSON-LD goes: one schema.org page
 * (a MedicalWebPage about a MedicalCondition, TherapeuticProcedure or HowToStep, or an FAQPage),
 * or a @graph of pages for a list. The schema.org vocabulary inside is typed by schema-dts in the
 * code (src/schemaOrg) and checked against it by test/contracts/syndicationJsonLd.
 */
const schemaOrgContext = z.literal('https://schema.org')

const schemaOrgNode = z.looseObject({
  '@type': z.string().describe('A schema.org type.'),
  '@id': z.string().optional(),
})

const page = {
  '@type': z.enum(['MedicalWebPage', 'FAQPage']),
  '@id': z.url(),
  url: z.url(),
  inLanguage: z.string(),
}

export const jsonLdPageSchema = z
  .looseObject({ '@context': schemaOrgContext, ...page })
  .describe('One page: a MedicalWebPage or an FAQPage.')
  .register(syndicationRegistry, { id: 'JsonLdPage' })

export const jsonLdGraphSchema = z
  .strictObject({
    '@context': schemaOrgContext,
    '@graph': z.array(schemaOrgNode.extend(page)),
  })
  .describe('A list: its pages in one @graph, sharing one @context.')
  .register(syndicationRegistry, { id: 'JsonLdGraph' })

/**
 * Which of the two an answer is depends on the operation (a document or an FAQ list: a page;
 * any other list: a graph), so each operation names its own, and typed clients need no guess.
 */
export const jsonLdSchema = z.union([jsonLdPageSchema, jsonLdGraphSchema])

export type JsonLd = z.infer<typeof jsonLdSchema>
