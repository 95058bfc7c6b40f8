import net from 'node:net'

export type StallingProxy = {
  port: number
  /**
   * The database host stops answering without going away: connections stay open and new ones are
   * accepted, but no byte passes either way. Nothing fails fast; only the waits' bounds end it.
   */
  stall: () => void
  /** New connections reach the database again; the ones that stalled stay stalled for good. */
  resume: () => void
  close: () => Promise<void>
}

/** A loopback TCP proxy in front of PostgreSQL that a test can make stall (see `stall`). */
export async function startStallingProxy(
  targetHost: string,
  targetPort: number,
): Promise<StallingProxy> {
  let stalled = false
  const open = new Set<net.Socket>()
  const pairs = new Set<[net.Socket, net.Socket]>()
  const track = (socket: net.Socket) => {
    open.add(socket)
    socket.on('error', () => undefined)
    socket.once('close', () => open.delete(socket))
  }
  const server = net.createServer((client) => {
    track(client)
    // Accepted, never answered.
    if (stalled) return client.pause()
    const upstream = net.connect(targetPort, targetHost)
    track(upstream)
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
    client.pipe(upstream).pipe(client)
    pairs.add([client, upstream])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo

  return {
    port,
    stall: () => {
      stalled = true
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream)
        upstream.unpipe(client)
        client.pause()
        upstream.pause()
      }
      pairs.clear()
    },
    resume: () => {
      stalled = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
