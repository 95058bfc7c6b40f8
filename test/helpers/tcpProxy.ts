import net from 'node:net'

export type TcpProxy = {
  port: number
  /** Drops every open connection and refuses new ones, as a database host that went away. */
  cut: () => Promise<void>
  /** Accepts connections again on the same port. */
  restore: () => Promise<void>
  /**
   * PostgreSQL only: the next transaction that sends a statement matching `statement` has its
   * COMMIT delivered to the database, and its connection cut once the database has answered,
   * before the answer reaches the client. The client cannot tell whether it committed; it did.
   * Resolves when that cut has happened.
   */
  cutAfterCommitOf: (statement: RegExp) => Promise<void>
  close: () => Promise<void>
}

/** The PostgreSQL server the suites share (TEST_POSTGRES_URL): where a proxy in front of it points. */
export function sharedPostgres(): { host: string; port: number } {
  const target = new URL(process.env.TEST_POSTGRES_URL!)
  return { host: target.hostname, port: Number(target.port || 5432) }
}

/** For startTestServer's `connectThrough`: the same database, reached through a proxy on `port`. */
export const throughProxy =
  (port: number) =>
  (databaseUrl: string): string => {
    const url = new URL(databaseUrl)
    url.hostname = '127.0.0.1'
    url.port = String(port)
    return url.toString()
  }

/** PostgreSQL's startup message carries protocol 3.0; SSL and GSS requests come before it. */
const protocolVersion3 = 196608

/**
 * Reads the statements a PostgreSQL client sends on one connection (its frontend messages): a
 * simple query (`Q`) or the text of an extended query's Parse (`P`). Messages may span chunks.
 */
function frontendStatements(onStatement: (text: string) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0)
  let started = false
  return (chunk) => {
    pending = Buffer.concat([pending, chunk])
    for (;;) {
      if (!started) {
        if (pending.length < 8) return
        const length = pending.readInt32BE(0)
        if (pending.length < length) return
        started = pending.readInt32BE(4) === protocolVersion3
        pending = pending.subarray(length)
        continue
      }
      if (pending.length < 5) return
      const length = pending.readInt32BE(1)
      if (pending.length < 1 + length) return
      const type = String.fromCharCode(pending[0])
      const body = pending.subarray(5, 1 + length)
      if (type === 'Q') onStatement(body.toString('utf8', 0, body.indexOf(0)))
      if (type === 'P') {
        const queryStart = body.indexOf(0) + 1
        onStatement(body.toString('utf8', queryStart, body.indexOf(0, queryStart)))
      }
      pending = pending.subarray(1 + length)
    }
  }
}

/**
 * A loopback TCP proxy in front of a real server, so a test can take "the database" away and
 * bring it back without touching the database server itself, which other tests share.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  }
  let commitToCut: { statement: RegExp; done: () => void } | undefined

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost)
    track(client)
    track(upstream)
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())

    let inMarkedTransaction = false
    let cutOnAnswer: (() => void) | undefined
    const watch = frontendStatements((text) => {
      const armed = commitToCut
      if (!armed) return
      if (armed.statement.test(text)) inMarkedTransaction = true
      const end = /^\s*(commit|rollback)\s*;?\s*$/i.exec(text)?.[1]?.toLowerCase()
      if (end) {
        if (inMarkedTransaction && end === 'commit') {
          commitToCut = undefined
          cutOnAnswer = armed.done
        }
        inMarkedTransaction = false
      }
    })
    client.on('data', (chunk: Buffer) => {
      watch(chunk)
      upstream.write(chunk)
    })
    upstream.on('data', (chunk: Buffer) => {
      if (!cutOnAnswer) return void client.write(chunk)
      // The database has answered the COMMIT: the client never hears it.
      client.destroy()
      upstream.destroy()
      cutOnAnswer()
    })
    client.once('end', () => upstream.end())
    upstream.once('end', () => client.end())
  })
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      if (!server.listening) return resolve()
      server.close(() => resolve())
    })
  const cutAfterCommitOf = (statement: RegExp) =>
    new Promise<void>((resolve) => {
      commitToCut = { statement, done: resolve }
    })

  await listen(0)
  const { port } = server.address() as net.AddressInfo
  return { port, cut: stop, restore: () => listen(port), cutAfterCommitOf, close: stop }
}
