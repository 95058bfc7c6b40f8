/**
 * The header Express sets on the requests it hands to Payload, naming the client's address as
 * Express sees it (`req.ip`, honouring TRUST_PROXY), so Payload hooks can tell callers apart. Any
 * value a client sends under this name is overwritten.
 */
export const clientAddressHeader = 'x-clinic-client-address'

export function clientAddressOf(headers: { get: (name: string) => string | null }): string {
  return headers.get(clientAddressHeader) || 'unknown'
}
