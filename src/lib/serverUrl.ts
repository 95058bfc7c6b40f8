import { configuration } from '../config'

/** The public address of this server, used for links, CORS and CSRF checks (src/config). */
export const serverUrl = (): string => configuration().server.publicUrl

/**
 * The origins the admin may be used from with its session cookie (Payload's `cors` and `csrf`
 * lists): localhost, 127.0.0.1 and [::1] while SERVER_URL is unset, its origin alone once set.
 */
export const adminOrigins = (): string[] => configuration().server.adminOrigins
