import type { DatabaseAdapterObj, Payload } from 'payload'

type Adapter = ReturnType<DatabaseAdapterObj['init']>
type AnyMethod = (...args: never[]) => unknown

/** For each adapter method to wrap: a function from the original (bound) to its replacement. */
export type MethodWrappers = Partial<Record<string, (original: AnyMethod) => AnyMethod>>

/**
 * Wraps methods of the database adapter Payload is configured with, at configuration time. The
 * wrappers are set on the adapter object `init` makes for this Payload instance (made there, never
 * shared), so the adapter's own calls to its methods (`this.find`) meet them too. Nothing else of
 * the adapter changes: its state is read directly. (A Proxy per wrapper put seven `get` traps on
 * every read of the adapter's state, which drizzle's row transform does per field per row: about
 * 2% of a REST list miss, issue 15.) An upgrade that renames a wrapped method fails at start (see
 * below), instead of silently skipping the wrap.
 */
export function wrapAdapter(
  adapterObj: DatabaseAdapterObj,
  wrappersFor: (args: { payload: Payload }) => MethodWrappers,
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter: Adapter = adapterObj.init(args)
      const methods = adapter as unknown as Record<string, unknown>
      for (const [name, wrap] of Object.entries(wrappersFor({ payload: args.payload }))) {
        const method = methods[name]
        if (!wrap) continue
        if (typeof method !== 'function') {
          throw new Error(`The ${adapter.name} database adapter has no method "${name}" to wrap.`)
        }
        methods[name] = wrap((...callArgs) => method.apply(adapter, callArgs))
      }
      return adapter
    },
  }
}
