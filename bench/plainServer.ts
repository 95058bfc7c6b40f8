/**
 * The yardstick: a plain node:http server that answers each benchmarked request with the very
 * bytes (status, headers, body) the CMS sent for it, and does nothing else.
 *   BENCH_FIXTURES=fixtures.json PORT=3107 tsx bench/plainServer.ts
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

import type { Fixture } from './fixtures'

const fixtures = JSON.parse(readFileSync(process.env.BENCH_FIXTURES ?? '', 'utf8')) as Fixture[]
const answers = new Map(
  fixtures.map((fixture) => [
    `${fixture.method} ${fixture.path}`,
    { ...fixture, body: Buffer.from(fixture.bodyBase64, 'base64') },
  ]),
)

const server = createServer((req, res) => {
  const answer = answers.get(`${req.method} ${req.url}`)
  // Request bodies (GraphQL) are drained, not read: answering is all this server does.
  req.resume()
  if (!answer) {
    res.writeHead(404).end()
    return
  }
  if (answer.notModifiedHeaders && req.headers['if-none-match'] === answer.etag) {
    res.writeHead(304, answer.notModifiedHeaders).end()
    return
  }
  res.writeHead(answer.status, answer.headers).end(answer.body)
})
const port = Number(process.env.PORT || 3107)
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`)
})
process.once('SIGTERM', () => server.close(() => process.exit(0)))
