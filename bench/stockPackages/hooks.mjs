/**
 * Module resolution hooks for the benchmark's yardstick processes: every import that resolves into
 * one of the project's patched packages (node_modules/<name>/…) is sent to the unpatched copy
 * bench/stockPackages/prepare.ts made instead, so "stock" means the packages as published.
 * Registered by register.mjs; configured by BENCH_STOCK_PACKAGES (the copy's folder) and
 * BENCH_STOCK_NAMES (comma-separated package names).
 */
import path from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const stockRoot = process.env.BENCH_STOCK_PACKAGES
const names = (process.env.BENCH_STOCK_NAMES ?? '').split(',').filter(Boolean)
const projectModules = pathToFileURL(path.join(process.cwd(), 'node_modules')).href
const stockModules = stockRoot ? pathToFileURL(path.join(stockRoot, 'node_modules')).href : ''
const redirected = names.map((name) => ({
  from: `${projectModules}/${name}/`,
  to: `${stockModules}/${name}/`,
}))

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (!stockRoot) return resolved
  for (const { from, to } of redirected) {
    if (resolved.url.startsWith(from))
      return { ...resolved, url: to + resolved.url.slice(from.length) }
  }
  return resolved
}
