import { rateLimitTiers } from '../src/syndication/shape/rateLimitTiers'

/**
 * A rate-limit tier for the benchmark alone: partner keys are limited to at most 3,000 requests a
 * minute, and a load test would measure 429s. Only bench/apiServer.ts adds it, in its own process;
 * src/ never knows it, so a partner row carrying it anywhere else gets the default tier.
 */
export const benchmarkTier = { name: 'benchmark-unlimited', requestsPerWindow: 1_000_000_000 }

export function addBenchmarkTier(): void {
  Object.assign(rateLimitTiers, { [benchmarkTier.name]: benchmarkTier.requestsPerWindow })
}
