/**
 * What one GraphQL request may ask for. Generous for the treatment pages and partner queries the
 * API exists for (a condition with its procedure, aftercare steps and FAQs costs well under 200);
 * far below what it takes to make one request cost the database minutes.
 */
export const graphQLLimits: Readonly<{
  maxQueryBytes: number
  maxTokens: number
  maxDepth: number
  maxAliases: number
  maxCost: number
  maxBatch: number
  maxFragmentSpreads: number
  maxExpandedSelections: number
}> = {
  /** Bytes of query text; a 100 KB query is refused before it is parsed. */
  maxQueryBytes: 10_000,
  /** Lexer tokens: stops a query that is small in bytes but huge to parse. */
  maxTokens: 2_000,
  /** Nesting of selections below an operation (introspection's own nesting is exempt). */
  maxDepth: 10,
  /** Aliased fields in one document: an alias flood asks for the same work many times over. */
  maxAliases: 20,
  /** Estimated documents and relations resolved; see costLimit.ts for how it is counted. */
  maxCost: 5_000,
  /** Operations sent as one JSON array; only single operations are accepted. */
  maxBatch: 1,
  /** `...Fragment` spreads written in one document; the standard introspection query has 24. */
  maxFragmentSpreads: 100,
  /**
   * Selections of an operation once its fragments are expanded, as validation and execution see
   * it (fragmentBudget.ts); the standard introspection query expands to about 200.
   */
  maxExpandedSelections: 2_000,
}

export type GraphQLLimits = typeof graphQLLimits
