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

if (!process.env.TEST_MONGODB_URL) {
  console.log(
    'MongoDB suite skipped: no server given (set TEST_MONGODB_URL=mongodb://... to run it).',
  )
}
if (!process.env.TEST_POSTGRES_URL) {
  console.log(
    'PostgreSQL suite skipped: no server given (set TEST_POSTGRES_URL=postgres://... to run it).',
  )
}

const shared = {
  environment: 'node' as const,
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
}

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true as const,
        test: { ...shared, name: 'unit', include: ['src/**/*.test.ts', 'seed/**/*.test.ts'] },
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
