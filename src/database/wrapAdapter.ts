import type { DatabaseAdapterObj, Payload } from 'payload'

type Adapter = ReturnType<DatabaseAdapterObj['init']>
type AnyMethod = (...args: never[]) => unknown

/** For each adapter method to wrap: a function from the original (bound) to its replacement. */
export type MethodWrappers = Partial<Record<string, (original: AnyMethod) => AnyMethod>>

/**
 * Wraps methods of the database adapter Payload is configured with, at configuration time, without
 * touching the adapter object: Payload receives a proxy that answers the wrapped methods and passes
 * everything else (and all state the adapter keeps on itself) through to the adapter. An upgrade
 * that renames a wrapped method fails at start (see below), instead of silently skipping the wrap.
 */
export function wrapAdapter(
  adapterObj: DatabaseAdapterObj,
  wrappersFor: (args: { payload: Payload }) => MethodWrappers,
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter: Adapter = adapterObj.init(args)
      const replaced = new Map<PropertyKey, unknown>()
      const proxy: Adapter = new Proxy(adapter, {
        get: (target, name, receiver) =>
          replaced.has(name) ? replaced.get(name) : Reflect.get(target, name, receiver),
      })
      for (const [name, wrap] of Object.entries(wrappersFor({ payload: args.payload }))) {
        const method = Reflect.get(adapter, name) as AnyMethod | undefined
        if (!wrap) continue
        if (typeof method !== 'function') {
          throw new Error(`The ${adapter.name} database adapter has no method "${name}" to wrap.`)
        }
        // Bound to the proxy, so the adapter's own calls to its methods also meet the wrappers.
        replaced.set(
          name,
          wrap((...callArgs) => method.apply(proxy, callArgs)),
        )
      }
      return proxy
    },
  }
}
