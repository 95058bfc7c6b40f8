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
