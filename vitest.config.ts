import { defineConfig } from 'vitest/config'

/**
 * `npm test`: unit tests beside the code, and the integration suites in test/ once per database
 * engine that is available. SQLite always runs; PostgreSQL and MongoDB run when given a server.
 */
const integrationEngines = [
  'sqlite',
  ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : []),
  ...(process.env.TEST_MONGODB_URL ? ['mongodb'] : []),
]

const shared = {
  environment: 'node' as const,
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
}

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    globalSetup: ['test/helpers/announceEngines.ts'],
    projects: [
      {
        extends: true as const,
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.ts', 'seed/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      ...integrationEngines.map((engine) => ({
        extends: true as const,
        test: {
          ...shared,
          name: engine,
          include: ['test/**/*.int.test.ts'],
          env: { TEST_DB_ENGINE: engine },
        },
      })),
    ],
  },
})
