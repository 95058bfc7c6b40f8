/**
 * graphql-http answers a request it will not read (a method other than GET and POST, a body that
 * is not JSON) with the right status and no body. A client then shows "415" and nothing else, so
 * such an answer gets a GraphQL error saying what to send instead.
 */
export function emptyTransportAnswer(status: number): string | undefined {
  const message = transportMessages[status]
  return message === undefined ? undefined : JSON.stringify({ errors: [{ message }] })
}

const transportMessages: Record<number, string> = {
  405: 'GraphQL is answered for GET (a query in ?query=) and POST (a JSON body) only.',
  406: 'GraphQL answers are application/json or application/graphql-response+json: accept one of them.',
  415: 'Send GraphQL as POST with Content-Type: application/json and a JSON object holding "query" (and "variables"), or as GET with ?query=.',
}
