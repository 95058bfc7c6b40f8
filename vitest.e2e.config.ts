import { defineConfig } from 'vitest/config'

/**
 * `npm run test:e2e`: browser tests in Debian's Chromium (driven by playwright-core) against the
 * production build served by the real server, compiled as `npm start` compiles it, on port 3102.
 * Run `npm run build` first.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Compiles the server the tests start, as `npm start` does (test/e2e/compileServer.ts).
    globalSetup: ['test/e2e/compileServer.ts'],
    pool: 'forks',
    // One server on one port: the files run one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
