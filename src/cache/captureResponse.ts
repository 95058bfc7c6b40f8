import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

type WriteCallback = (error?: Error | null) => void

/**
 * Holds back everything a handler writes to `res` (status, headers, body) and hands it to
 * `onComplete` at `end`, with `res` restored and nothing sent yet. The caller then sends either
 * the captured answer or the cache entry made from it, so a miss and a later hit are byte-identical.
 * Only used for cacheable reads, whose answers are small JSON documents.
 */
export function captureResponse(
  res: ServerResponse,
  onComplete: (captured: CapturedResponse) => void,
): void {
  const chunks: Buffer[] = []
  const patched = res as unknown as Record<'write' | 'end' | 'writeHead', unknown>
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array),
    )
  }
  const restore = () => {
    // The originals live on the prototype; removing the instance overrides brings them back.
    delete patched.write
    delete patched.end
    delete patched.writeHead
  }

  patched.writeHead = (status: number, reason?: unknown, headers?: unknown) => {
    res.statusCode = status
    const fields = typeof reason === 'string' ? headers : reason
    if (Array.isArray(fields)) {
      for (let index = 0; index + 1 < fields.length; index += 2) {
        res.setHeader(String(fields[index]), fields[index + 1] as string)
      }
    } else if (fields && typeof fields === 'object') {
      for (const [name, value] of Object.entries(fields)) {
        if (value !== undefined) res.setHeader(name, value as string)
      }
    }
    return res
  }
  patched.write = (chunk: unknown, encoding?: unknown, callback?: WriteCallback) => {
    collect(chunk, encoding)
    const done = typeof encoding === 'function' ? (encoding as WriteCallback) : callback
    if (done) process.nextTick(done)
    return true
  }
  patched.end = (chunk?: unknown, encoding?: unknown, callback?: WriteCallback) => {
    collect(chunk, encoding)
    const done = [chunk, encoding, callback].find((item) => typeof item === 'function') as
      WriteCallback | undefined
    restore()
    if (done) res.once('finish', () => done())
    onComplete({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) })
    return res
  }
}
