import path from 'node:path'

import { compileServer } from '../../src/cli/compiledStart.mjs'

/** Where the browser tests' server is compiled to (inside the project, to find node_modules). */
export const compiledE2eServer = path.resolve('dist/e2e/serve.mjs')

/**
 * Vitest global setup for the browser tests: compiles test/e2e/serve.ts once, the way `npm start`
 * compiles the server (esbuild, with the packages src/cli/bundledPackages.mjs carries), so the admin
 * and the website are driven against what ships, not against the TypeScript sources under tsx.
 */
export default async function compileE2eServer() {
  await compileServer({
    entryPoints: { serve: 'test/e2e/serve.ts' },
    outDir: path.dirname(compiledE2eServer),
  })
}
