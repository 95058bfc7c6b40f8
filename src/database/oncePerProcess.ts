import type { DatabaseAdapterObj } from 'payload'

/**
 * Where the adapters of this process are kept: on `globalThis` under a registered symbol, because
 * the two copies of payload.config.ts one server process evaluates do not share modules. The
 * Express server runs its compiled copy, which carries the adapter packages in its own files
 * (src/cli/bundledPackages.mjs); Next's admin runs its own build of the config, which would load
 * them again from node_modules (drizzle and the adapter: about 0.8 s of CPU at the first admin
 * page, issue 15). Next's admin uses the Payload instance the server made (Payload's `getPayload`
 * keeps one per process), so its config's adapter is never initialised: handing it the one the
 * server built changes nothing but the loading.
 */
const registryKey = Symbol.for('clinic-content-hub.databaseAdapters')

type Registry = Map<string, Promise<DatabaseAdapterObj>>

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Registry }
  holder[registryKey] ??= new Map()
  return holder[registryKey]
}

/**
 * The adapter built for `settings` in this process, building it on the first call. A build that
 * fails is forgotten, so the next call tries again.
 */
export function adapterOncePerProcess<Settings>(
  settings: Settings,
  build: (settings: Settings) => Promise<DatabaseAdapterObj>,
): Promise<DatabaseAdapterObj> {
  const key = JSON.stringify(settings)
  const adapters = registry()
  const known = adapters.get(key)
  if (known) return known
  const built = build(settings)
  adapters.set(key, built)
  built.catch(() => adapters.delete(key))
  return built
}
