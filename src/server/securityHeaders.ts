import helmet from 'helmet'

/**
 * Helmet's headers with a CSP the admin and website can live with: Next inlines its bootstrap
 * scripts and styles, and development mode also evaluates code and opens a hot-reload WebSocket.
 */
export function securityHeaders({ isDevelopment }: { isDevelopment: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...(isDevelopment ? ['ws:', 'wss:'] : [])],
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The admin loads its own images and fonts; cross-origin isolation would block nothing useful.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: isDevelopment ? false : undefined,
  })
}
