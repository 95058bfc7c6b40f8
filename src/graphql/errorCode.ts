/**
 * The `extensions.code` every GraphQL error carries, so clients (Apollo, urql, codegen'd SDKs)
 * branch on a stable word instead of parsing messages. Names follow the codes Apollo Server made
 * common; the HTTP status Payload attached to the error decides.
 */
const codesByStatus: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
}

export function graphQLErrorCode(status: number): string {
  if (status >= 500) return 'INTERNAL_SERVER_ERROR'
  return codesByStatus[status] ?? 'BAD_REQUEST'
}

/**
 * The status of an execution error: Payload's errors carry one; an error graphql-js raised itself
 * while executing (a variable of the wrong type, a missing required argument) is the client's
 * mistake; anything else thrown by a resolver is a server fault.
 */
export function executionErrorStatus(error: { originalError?: unknown }): number {
  const original = error.originalError
  if (!original) return 400
  const status = (original as { status?: unknown }).status
  return typeof status === 'number' ? status : 500
}

type ErrorLike = { message?: unknown; extensions?: Record<string, unknown> }

/** The code of an error graphql-http answered before execution (parse, validation, variables). */
function requestErrorCode(message: string, status: number): string {
  if (message.startsWith('Syntax Error')) return 'GRAPHQL_PARSE_FAILED'
  if (message.startsWith('Variable "$')) return 'BAD_USER_INPUT'
  return status === 400 ? 'GRAPHQL_VALIDATION_FAILED' : graphQLErrorCode(status)
}

/**
 * Gives every error in a GraphQL answer an `extensions.code`: execution errors have theirs from
 * formatError; those graphql-http answers before execution get one here. Returns the same object
 * when nothing was missing.
 */
export function withErrorCodes<T extends { errors?: ErrorLike[] }>(result: T, status: number): T {
  if (!result.errors?.some((error) => typeof error.extensions?.code !== 'string')) return result
  return {
    ...result,
    errors: result.errors.map((error) =>
      typeof error.extensions?.code === 'string'
        ? error
        : {
            ...error,
            extensions: {
              ...error.extensions,
              code: requestErrorCode(String(error.message ?? ''), status),
            },
          },
    ),
  }
}
