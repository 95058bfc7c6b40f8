/**
 * The HTTP server: Payload's REST and GraphQL on Express, Next for the admin (and website), behind
 * the request pipeline of src/server/pipeline.ts (access log → refuse while draining → response
 * cache → Express app). `npm start` runs it through src/cli/start.ts (builds, migrates, seeds
 * first); `npm run dev` through src/cli/dev.ts.
 */
import { createServer, type Server } from 'node:http'
import { getPayload } from 'payload'

import config from '../payload.config'
import { serverUrl } from './lib/serverUrl'
import { configuration } from './config'
import { mountNext } from './server/nextMount'
import { installProcessGuards } from './server/outage/processGuards'
import { createRequestPipeline } from './server/pipeline'
import { shutdownGracefully } from './server/shutdown'

export type StartServerOptions = {
  port: number
  host?: string
  isDevelopment: boolean
  /** Runs once Payload is ready and before the port opens, e.g. to seed an empty database. */
  beforeListen?: (payload: Awaited<ReturnType<typeof getPayload>>) => Promise<void>
  /** False serves the API alone, without Next (no build needed): the hardening tests' child servers. */
  serveAdmin?: boolean
}

/** How long after the port opens Next is prepared, when no request asked for it first. */
const nextWarmUpDelayMs = 1000

export async function startServer({
  port,
  host,
  isDevelopment,
  beforeListen,
  serveAdmin = true,
}: StartServerOptions): Promise<Server> {
  // Payload starts lazily; starting it here keeps the first request from paying for it.
  // `cron` starts the jobs runner: partner webhooks and scheduled publishing are delivered by it.
  const payload = await getPayload({ config, cron: true })
  installProcessGuards(payload)
  await beforeListen?.(payload)

  const nextMount = serveAdmin ? mountNext({ isDevelopment }) : undefined
  // Development prepares Next first, as the hot-reload WebSocket needs its handler.
  if (isDevelopment && nextMount) await nextMount.ready()

  const pipeline = createRequestPipeline({
    payload,
    publicOrigin: serverUrl(),
    isDevelopment,
    nextHandler: nextMount?.handler,
    // RESPONSE_CACHE=off serves every read through Payload (the benchmark's cold runs).
    responseCache: configuration().responseCache.enabled,
  })
  const server = createServer(pipeline.listener)
  if (host) server.listen(port, host)
  else server.listen(port)
  // Next's hot-reload WebSocket; without it the development admin renders a blank page.
  if (isDevelopment && nextMount) server.on('upgrade', nextMount.upgrade)
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  shutdownGracefully({ server, payload, drain: pipeline.drain, stop: pipeline.stop })
  // In production the port opens before Next is loaded (issue 15): the API answers at once, and
  // the first admin or website request loads Next and waits for it. Without one, Next is prepared
  // a second after the port opens: preparing at once slowed the first API answers (0.3 s of CPU
  // and 30 MB spent before the first 200), and a second later the admin is still ready before
  // anyone could have reached it.
  if (nextMount && !isDevelopment) {
    setTimeout(() => {
      nextMount
        .ready()
        .catch((error: Error) => payload.logger.error({ err: error }, 'Next did not start'))
    }, nextWarmUpDelayMs).unref()
  }
  return server
}
