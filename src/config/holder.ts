import { parseEnvironment, type Configuration } from './environment'

// Held on globalThis, not in this module: Next's server bundle has its own copy of every module
// under src/ (payload.config included) in the same process, and must see the configuration the
// entry point loaded (the quick start's local secret, say), as Payload shares its instance so.
const held = Symbol.for('clinic-content-hub.configuration')
type Holder = { [held]?: Configuration }

/**
 * This process's configuration: the one its entry point loaded (src/cli), else the environment
 * parsed on first use (tests, the Payload CLI, `next build`). Throws a ConfigurationError when a
 * variable is refused.
 */
export function configuration(): Configuration {
  return ((globalThis as Holder)[held] ??= parseEnvironment(process.env))
}

/** Makes `config` this process's configuration. */
export function useConfiguration(config: Configuration): Configuration {
  ;(globalThis as Holder)[held] = config
  return config
}
