import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { destination, type Logger } from 'pino'

import {
  type AccessEntry,
  accessLevelOf,
  accessLevels,
  accessLineFormat,
  accessMessage,
} from './accessLine'
import { assignRequestId } from './requestId'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** The path of a request URL without its query, which may carry a preview token or a cursor. */
const pathOf = (url = '') => {
  const queryStart = url.indexOf('?')
  return queryStart === -1 ? url : url.slice(0, queryStart)
}

export type AccessLog = {
  /** Puts the access log in front of `next`. */
  stage: (next: Listener) => Listener
  /** Writes out the lines still buffered; call on shutdown (exit flushes them too). */
  flush: () => void
}

/**
 * Lines are written out in batches of about this many bytes (some 130 lines)… Each write hands
 * the batch to a libuv worker thread, and waking it costs the server a switch on a busy machine.
 */
const accessLogBatchBytes = 32 * 1024
/** …and whatever is buffered at least this often, so a quiet server's lines are not held back. */
const accessLogFlushMs = 200

/** Writes one access line; `flush` writes out what is buffered. */
type AccessWriter = { write: (entry: AccessEntry) => void; flush: () => void }

/**
 * Where access lines go. A log file or shipper (stdout not a terminal) gets pino's JSON through
 * an asynchronous destination: a line is appended to a buffer and written out by libuv while the
 * server goes on answering, instead of one blocking write per request, which cut cache hits to a
 * tenth of their speed (issue 15). Lines are written in batches: one write per line still cost a
 * cache hit a fifth of its time, and 4 KB batches a twelfth (issue 15, profiles of a REST hit).
 * The line itself is pino's, made from a template (accessLine.ts). pino's destination flushes
 * what is buffered synchronously when the process exits. In a terminal, Payload's own (pretty,
 * synchronous) logger: people read it, and speed is moot.
 */
function accessWriter(payload: Payload, isTerminal: boolean): AccessWriter {
  if (isTerminal) return viaLogger(payload.logger)
  // Payload's level, which is 'silent' when its logger is disabled (DISABLE_LOGGING=true).
  return batchedAccessWriter({ dest: 1, threshold: payload.logger.levelVal })
}

/**
 * Access lines in batches to `dest` (a file descriptor or path) through pino's asynchronous
 * destination, lines below `threshold` dropped. The destination holds bytes, not text: given
 * strings, sonic-boom 4 measures the UTF-8 length of the batch built so far on every write, which
 * makes V8 copy the whole batch (up to 64 KB) into one flat string per request: half of the bytes
 * partner cache hits allocated (heap sampling, issue 15), and 43% of their minor collections.
 * Given buffers, it keeps a list and joins it once per write to the file.
 */
export function batchedAccessWriter({
  dest,
  threshold,
}: {
  dest: number | string
  threshold: number
}): AccessWriter {
  const stream = destination({
    dest,
    sync: false,
    contentMode: 'buffer',
    minLength: accessLogBatchBytes,
    maxWrite: 2 * accessLogBatchBytes,
    periodicFlush: accessLogFlushMs,
  })
  // sonic-boom's types say string even in buffer mode, where it takes (and needs) buffers. Looked
  // up on every line, not bound once: pino swaps `write` for a no-op when stdout's reader is gone
  // (EPIPE), and a bound copy would go on buffering for a pipe nobody reads.
  const bytesStream = stream as unknown as { write: (bytes: Buffer) => boolean }
  const format = accessLineFormat('payload')
  return {
    write: (entry) => {
      const level = accessLevelOf(entry.status)
      if (level >= threshold) bytesStream.write(Buffer.from(format(entry, level)))
    },
    flush: () => stream.flush(),
  }
}

function viaLogger(logger: Logger): AccessWriter {
  return {
    write: (entry) => {
      const { id, method, path, status, durationMs, aborted } = entry
      const line = {
        req: { id, method, path },
        res: { status },
        durationMs,
        ...(aborted ? { aborted: true } : {}),
      }
      const message = accessMessage(entry)
      if (accessLevelOf(status) === accessLevels.error) logger.error(line, message)
      else logger.info(line, message)
    },
    flush: () => logger.flush(),
  }
}

/**
 * One JSON line per request: method, path, status, duration in milliseconds and a request id (sent
 * back in the answer as `X-Request-Id`: requestId.ts). Never headers, query strings or bodies, so no session
 * cookie, JWT or partner key reaches the log. Wraps the whole server, so answers from the response
 * cache are logged too. A response closed before it was finished (the client went away) is logged
 * with `aborted: true`.
 */
export function createAccessLog(
  payload: Payload,
  isTerminal = Boolean(process.stdout.isTTY),
): AccessLog {
  const writer = accessWriter(payload, isTerminal)
  const stage =
    (next: Listener): Listener =>
    (req, res) => {
      const startedAt = performance.now()
      const id = assignRequestId(req, res)
      // Taken now: Express rewrites req.url inside each router it mounts.
      const path = pathOf(req.url)
      res.once('close', () => {
        writer.write({
          id,
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Math.round(performance.now() - startedAt),
          aborted: !res.writableFinished,
        })
      })
      next(req, res)
    }
  return { stage, flush: writer.flush }
}
