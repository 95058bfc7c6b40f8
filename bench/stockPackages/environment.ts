import path from 'node:path'

import { prepareStockPackages } from './prepare'

/**
 * Prepares the unpatched copies in `into` and returns the environment that makes a child process
 * load them (bench/stockPackages/hooks.mjs) instead of the project's patched packages.
 */
export function stockEnvironment(into: string, nodeOptions = ''): Record<string, string> {
  const names = prepareStockPackages(into)
  const register = path.resolve('bench/stockPackages/register.mjs')
  return {
    NODE_OPTIONS: `${nodeOptions} --import ${register}`.trim(),
    BENCH_STOCK_PACKAGES: into,
    BENCH_STOCK_NAMES: names.join(','),
  }
}
