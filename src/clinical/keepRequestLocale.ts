import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API read that shares the request (and so its transaction), then puts back the
 * request's locale and depth: Payload's Local API writes the locale and depth it is given onto
 * the request it is passed, and the operation in progress must keep its own.
 */
export async function keepRequestLocale<T>(
  req: PayloadRequest,
  read: () => Promise<T>,
): Promise<T> {
  const saved = { locale: req.locale, fallbackLocale: req.fallbackLocale, depth: req.query?.depth }
  try {
    return await read()
  } finally {
    req.locale = saved.locale
    req.fallbackLocale = saved.fallbackLocale
    if (req.query) req.query.depth = saved.depth as never
  }
}
