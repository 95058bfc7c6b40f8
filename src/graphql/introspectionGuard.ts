import type { ASTVisitor, ValidationContext } from './graphqlRuntime'

import { limitError } from './limitError'

/**
 * Refuses `__schema` and `__type` where introspection is off (production): the public schema is
 * published as schema.graphql, so clients never need to probe the live server for it.
 */
export function introspectionGuard(allowIntrospection: boolean) {
  return (context: ValidationContext): ASTVisitor => ({
    Field(field) {
      if (allowIntrospection) return
      const name = field.name.value
      if (name !== '__schema' && name !== '__type') return
      context.reportError(
        limitError(
          'Introspection is turned off on this server. Use the published schema (schema.graphql) instead.',
          field,
        ),
      )
    },
  })
}
