import { secretVariables, variableExamples, type VariableName } from './variables'

/**
 * Configuration the server cannot start with. The message lists every refused variable with what
 * was wrong and a value that would do, so it can be printed as it is, without a stack trace.
 */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        `The configuration in the environment cannot be used (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
        ...problems.map((problem) => `  - ${problem}`),
        'See "Configuration" in README.md for every variable and its default.',
      ].join('\n'),
    )
    this.name = 'ConfigurationError'
  }
}

/** One line per refused variable: "PORT="abc" must be … Example: PORT=8080". */
export function describeIssues(
  issues: { path: PropertyKey[]; message: string }[],
  input: Record<string, string | undefined>,
): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0]) as VariableName
    const value = input[name]
    const given =
      value === undefined
        ? `${name} is not set`
        : secretVariables.has(name)
          ? `${name} (value not shown)`
          : `${name}="${value}"`
    const example = variableExamples[name]
    return `${given}: ${issue.message}.${example ? ` Example: ${name}=${example}` : ''}`
  })
}
