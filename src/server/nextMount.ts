import type { RequestHandler } from 'express'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'

type NextServer = ReturnType<typeof import('next').default>

export type NextMount = {
  /** Express handler for the admin and website: waits for Next when it is not ready yet. */
  handler: RequestHandler
  /** Loads and prepares Next once; later calls share the first. */
  ready: () => Promise<NextServer>
  /** Next's WebSocket upgrades (development's hot reload), once Next is ready. */
  upgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void
}

/**
 * Next for the admin and website, loaded only when `ready()` is first called: neither the `next`
 * package nor the production build is read before then, so a server can answer the API before
 * Next has started (issue 15). A request that reaches Next before it is ready waits for it.
 */
export function mountNext({ isDevelopment }: { isDevelopment: boolean }): NextMount {
  let prepared: Promise<{ app: NextServer; handle: ReturnType<NextServer['getRequestHandler']> }>
  const load = () =>
    (prepared ??= (async () => {
      const { default: next } = await import('next')
      const app = next({ dev: isDevelopment, dir: process.cwd(), quiet: !isDevelopment })
      await app.prepare()
      return { app, handle: app.getRequestHandler() }
    })())
  return {
    handler: (req, res, next) => {
      load().then(({ handle }) => handle(req, res), next)
    },
    ready: () => load().then(({ app }) => app),
    upgrade: (req, socket, head) => {
      load().then(
        ({ app }) => app.getUpgradeHandler()(req, socket, head),
        () => socket.destroy(),
      )
    },
  }
}
