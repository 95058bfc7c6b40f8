import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'

import type { ValidationRule } from './graphqlRuntime'
import { limitError } from './limitError'

/**
 * Refuses an operation with more than `maxAliases` aliased fields (an alias flood), with
 * graphql-armor's alias rule: it counts the aliases inside the fragments an operation spreads too,
 * as often as they are spread.
 */
export function aliasLimit(maxAliases: number): ValidationRule {
  return maxAliasesRule({
    n: maxAliases,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          limitError(
            `The query uses more than ${maxAliases} aliases. Request each field once, or split the work into several queries.`,
          ),
        ),
    ],
  }) as ValidationRule
}
