import { ConfigurationError } from './configurationError'
import type { Configuration } from './environment'
import { setFrameworkEnvironment } from './frameworkEnvironment'
import { useConfiguration } from './holder'
import {
  commandRuntime,
  developmentRuntime,
  productionRuntime,
  type ProductionRuntime,
} from './runtimeMode'

/**
 * For the CLI entry points (src/cli) only, before they import Next, React or Payload: each parses
 * the environment once for its mode, holds the result as this process's configuration and tells the
 * frameworks the mode (frameworkEnvironment.ts says why they need it). A refused variable ends the
 * process with the ConfigurationError's message alone, no stack trace.
 */
export function loadProductionRuntime(): ProductionRuntime {
  const runtime = orExit(() => productionRuntime(process.env))
  hold(runtime.configuration)
  return runtime
}

/** Export, import, partner:key: production unless NODE_ENV is development or test. */
export function loadCommandRuntime(): Configuration {
  return hold(orExit(() => commandRuntime(process.env)))
}

/** `npm run dev`. */
export function loadDevelopmentRuntime(): Configuration {
  return hold(orExit(() => developmentRuntime(process.env)))
}

function hold(configuration: Configuration): Configuration {
  useConfiguration(configuration)
  if (configuration.nodeEnv === 'production' || configuration.nodeEnv === 'development') {
    setFrameworkEnvironment({ NODE_ENV: configuration.nodeEnv })
  }
  return configuration
}

function orExit<T>(load: () => T): T {
  try {
    return load()
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
