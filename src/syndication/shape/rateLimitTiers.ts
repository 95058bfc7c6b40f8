/** Requests a key may make per rate-limit window, by the tier an admin gives its partner. */
export const rateLimitTiers = {
  trial: 60,
  standard: 600,
  premium: 3000,
} as const

export type RateLimitTier = keyof typeof rateLimitTiers

export const defaultRateLimitTier: RateLimitTier = 'standard'

export function requestsPerWindow(tier: unknown): number {
  return typeof tier === 'string' && tier in rateLimitTiers
    ? rateLimitTiers[tier as RateLimitTier]
    : rateLimitTiers[defaultRateLimitTier]
}

/** The window length; a deployment (or a test) can shorten it. */
export function rateLimitWindowSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.SYNDICATION_RATE_LIMIT_WINDOW_SECONDS)
  return Number.isInteger(value) && value > 0 ? value : 60
}
