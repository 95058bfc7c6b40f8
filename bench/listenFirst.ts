import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Binds a server before its request handler exists, so the handler can be given the port the
 * system chose. PORT=0 asks the system for a free port: a port picked at random by a test can be
 * taken by then (by any socket, an outgoing database connection included: Linux hands those out
 * from 32768-60999), and the server would fail with EADDRINUSE.
 */
export async function listenFirst(port: number): Promise<{ server: Server; port: number }> {
  const server = createServer().listen(port, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as AddressInfo).port }
}
