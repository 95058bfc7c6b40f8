/**
 * `npm start`: runs the server compiled ahead of time (dist/server/start.mjs, from src/cli/start.ts)
 * with plain Node, compiling it first when it is missing or older than its sources. Plain JavaScript
 * so that no TypeScript loader runs: tsx's loader hooks every module Node loads, and made loading
 * Payload, its adapters and Next about 2.5 times as costly in CPU as plain Node (issue 15).
 *
 * package.json runs this with `node --conditions=production`: Lexical's default entry for Node
 * (`*.node.mjs`) picks its build with a top-level `await import()`, and plain Node's ES module
 * loader never settles that across Lexical's packages (the process exits with code 13). The
 * `production` condition names Lexical's production build directly.
 */
import console from 'node:console'
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

import { bundledPackagesPlugin } from './bundledPackages.mjs'

const root = process.cwd()
const outDir = path.join(root, 'dist/server')
const stamp = path.join(outDir, '.compiled')
/** What the server is made of; a change to any of it makes the compiled server stale. */
const inputs = ['src', 'collections', 'payload.config.ts', 'package-lock.json', 'tsconfig.json']

function newestModification(entry) {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), 0)
}

export function isCompiledServerStale() {
  if (!fs.existsSync(stamp)) return true
  const compiledAt = fs.statSync(stamp).mtimeMs
  return inputs.some((input) => newestModification(path.join(root, input)) > compiledAt)
}

/**
 * Compiles an entry point (src/cli/start.ts by default) and what it imports into `outDir`; most
 * packages stay in node_modules (src/cli/bundledPackages.mjs says which do not), so `outDir` must be
 * inside the project for Node to find them. The tests compile another entry the same way.
 * @param {{ entryPoints?: Record<string, string>, outDir?: string }} [options]
 */
export async function compileServer({
  entryPoints = { start: 'src/cli/start.ts' },
  outDir: into = outDir,
} = {}) {
  const { build } = await import('esbuild')
  fs.rmSync(into, { recursive: true, force: true })
  await build({
    entryPoints,
    outdir: into,
    bundle: true,
    // Dynamic imports stay separate chunks: start.ts sets NODE_ENV before Payload and Next load.
    splitting: true,
    format: 'esm',
    platform: 'node',
    // As Node resolves them at run time (package.json runs it with --conditions=production).
    conditions: ['production'],
    target: 'node20',
    plugins: [bundledPackagesPlugin({ outDir: into, projectRoot: root })],
    // A CommonJS package bundled in (express) calls require() for Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    outExtension: { '.js': '.mjs' },
    // `.ts` before `.tsx`: src/origins has originNotice.ts beside OriginNotice.tsx.
    resolveExtensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    logLevel: 'warning',
  })
  fs.writeFileSync(path.join(into, '.compiled'), `${new Date().toISOString()}\n`)
}

const invokedDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href
if (invokedDirectly) {
  if (!process.execArgv.includes('--conditions=production')) {
    console.error('Run with node --conditions=production (see src/cli/compiledStart.mjs).')
    process.exit(1)
  }
  if (isCompiledServerStale()) {
    const startedAt = Date.now()
    await compileServer()
    console.log(`Compiled the server in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`)
  }
  if (process.argv.includes('--compile-only')) process.exit(0)
  await import(pathToFileURL(path.join(outDir, 'start.mjs')).href)
}
