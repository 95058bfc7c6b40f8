import path from 'node:path'

import { prepareStockPackages } from './prepare'

/**
 * Prepares the unpatched copies in `into` and returns the environment that makes a child process
 * load them (bench/stockPackages/hooks.mjs) instead of the project's patched packages. The
 * NODE_OPTIONS this process has are kept: npm sets `--conditions=production` there (.npmrc), and a
 * yardstick started without it can exit with code 13 (bench/childServer.ts says why).
 */
export function stockEnvironment(into: string, nodeOptions = ''): Record<string, string> {
  const names = prepareStockPackages(into)
  const register = path.resolve('bench/stockPackages/register.mjs')
  const inherited = process.env.NODE_OPTIONS ?? ''
  return {
    NODE_OPTIONS: `${inherited} ${nodeOptions} --import ${register}`.trim(),
    BENCH_STOCK_PACKAGES: into,
    BENCH_STOCK_NAMES: names.join(','),
  }
}
