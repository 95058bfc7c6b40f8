import { LRUCache } from 'lru-cache'

import {
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type Source,
  type ValidationRule,
} from './graphqlRuntime'

type Parse = (source: string | Source) => DocumentNode

/**
 * Remembers parsed GraphQL documents by their text, so a query a client sends again (every page
 * view sends the same few) is not lexed, parsed and budget-checked again: that, with validation,
 * was 15% of a GraphQL miss (issue 15). Only documents that parsed are kept; a refused one is
 * refused afresh each time. Bounded by the total length of the texts it holds.
 */
export function cachedParse(parse: Parse, maxCharacters = 2_000_000): Parse {
  const documents = new LRUCache<string, DocumentNode>({
    maxSize: maxCharacters,
    sizeCalculation: (_document, source) => Math.max(source.length, 1),
  })
  return (source) => {
    if (typeof source !== 'string') return parse(source)
    const known = documents.get(source)
    if (known) return known
    const document = parse(source)
    documents.set(source, document)
    return document
  }
}

/**
 * graphql-js's `validate`, with the outcome of its standard rules remembered per document. Those
 * rules depend only on the schema and the document; our limits and the complexity rule depend on
 * the variables and the operation too, so they run on every request. Once a document passed every
 * rule, later requests check it with the other rules alone, which report exactly what they would
 * report beside standard rules that find nothing. A document that failed any rule is validated in
 * full again next time, so a refusal (its errors and their order) is what plain `validate` gives.
 * Documents come from cachedParse, so the same text is the same object and a WeakSet suffices.
 */
export function cachedValidate(schema: GraphQLSchema) {
  const standardRules = new Set<ValidationRule>(specifiedRules)
  const passedStandardRules = new WeakSet<DocumentNode>()
  return (
    givenSchema: GraphQLSchema,
    document: DocumentNode,
    rules: readonly ValidationRule[] = specifiedRules,
  ) => {
    if (givenSchema !== schema) return validate(givenSchema, document, rules)
    if (passedStandardRules.has(document)) {
      const otherRules = rules.filter((rule) => !standardRules.has(rule))
      return otherRules.length > 0 ? validate(schema, document, otherRules) : []
    }
    const errors = validate(schema, document, rules)
    const ranStandardRules = specifiedRules.every((rule) => rules.includes(rule))
    if (errors.length === 0 && ranStandardRules) passedStandardRules.add(document)
    return errors
  }
}
