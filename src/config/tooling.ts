import { ConfigurationError, describeIssues } from './configurationError'
import { presentVariables, type Environment } from './environment'
import { toolingVariables, type ToolingVariable } from './variables'

export type ToolingConfiguration = {
  testPostgresUrl: string | undefined
  testMongodbUrl: string | undefined
  benchSeconds: number
  benchConnections: number
  benchWarmupSeconds: number
}

/** The variables of the test suites, the benchmark and `npm run migrate:create`. */
export function parseToolingEnvironment(env: Environment): ToolingConfiguration {
  const input = presentVariables(env, Object.keys(toolingVariables.shape) as ToolingVariable[])
  const parsed = toolingVariables.safeParse(input)
  if (!parsed.success) throw new ConfigurationError(describeIssues(parsed.error.issues, input))
  return {
    testPostgresUrl: parsed.data.TEST_POSTGRES_URL,
    testMongodbUrl: parsed.data.TEST_MONGODB_URL,
    benchSeconds: parsed.data.BENCH_SECONDS,
    benchConnections: parsed.data.BENCH_CONNECTIONS,
    benchWarmupSeconds: parsed.data.BENCH_WARMUP_SECONDS,
  }
}
