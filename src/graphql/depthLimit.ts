import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'

import type { ValidationRule } from './graphqlRuntime'
import { limitError } from './limitError'

/**
 * Refuses an operation whose selections nest deeper than `maxDepth` object levels, with
 * graphql-armor's depth rule. Armor counts the leaf field as a level too (`{ a { b } }` is 2 deep
 * there, 1 object level here), so it is given one more; fragments add no level of their own, and
 * introspection's own nesting is exempt. Armor's message starts "Syntax Error:", which would send
 * a client looking for a typo: ours says what to change.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return maxDepthRule({
    n: maxDepth + 1,
    flattenFragments: true,
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [
      (context) =>
        context?.reportError(
          limitError(
            `The query nests more than ${maxDepth} levels deep, the most allowed. Ask for fewer levels of related documents, or fetch them in a second query.`,
          ),
        ),
    ],
  }) as ValidationRule
}
