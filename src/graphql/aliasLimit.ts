import type { ASTVisitor, ValidationContext } from './graphqlRuntime'

import { limitError } from './limitError'

/** Refuses a document with more than `maxAliases` aliased fields (an alias flood). */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0
    return {
      Field(field) {
        if (!field.alias) return
        aliases += 1
        if (aliases === maxAliases + 1) {
          context.reportError(
            limitError(
              `The query uses more than ${maxAliases} aliases. Request each field once, or split the work into several queries.`,
              field,
            ),
          )
        }
      },
    }
  }
}
