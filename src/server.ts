/**
 * The HTTP server: Payload's REST and GraphQL on Express, Next for the admin (and website), behind
 * the request pipeline of src/server/pipeline.ts (access log → refuse while draining → response
 * cache → Express app). `npm start` runs it through src/cli/start.ts (builds, migrates, seeds
 * first); `npm run dev` through src/cli/dev.ts.
 */
import next from 'next'
import { createServer, type Server } from 'node:http'
import { getPayload } from 'payload'

import config from '../payload.config'
import { serverUrl } from './lib/serverUrl'
import { configuration } from './config'
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

  const nextApp = serveAdmin
    ? next({ dev: isDevelopment, dir: process.cwd(), quiet: !isDevelopment })
    : undefined
  // In production Next prepares while the port is already open: the API answers at once, and the
  // first admin or website request waits for Next (issue 15: Next's start was a sixth of the
  // server's). Development prepares first, as the hot-reload WebSocket needs Next's handler.
  let nextReady: Promise<void> | undefined
  const prepareNext = () => (nextReady ??= nextApp!.prepare())
  if (isDevelopment && nextApp) await prepareNext()
  const nextHandler = nextApp?.getRequestHandler()

  const pipeline = createRequestPipeline({
    payload,
    publicOrigin: serverUrl(),
    isDevelopment,
    nextHandler:
      nextHandler &&
      ((req, res, next) => {
        prepareNext().then(() => nextHandler(req, res), next)
      }),
    // RESPONSE_CACHE=off serves every read through Payload (the benchmark's cold runs).
    responseCache: configuration().responseCache.enabled,
  })
  const server = createServer(pipeline.listener)
  if (host) server.listen(port, host)
  else server.listen(port)
  // Next's hot-reload WebSocket; without it the development admin renders a blank page.
  if (isDevelopment && nextApp) server.on('upgrade', nextApp.getUpgradeHandler())
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  shutdownGracefully({ server, payload, drain: pipeline.drain, stop: pipeline.stop })
  if (nextApp) {
    prepareNext().catch((error: Error) =>
      payload.logger.error({ err: error }, 'Next did not start'),
    )
  }
  return server
}
