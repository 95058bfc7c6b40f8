import type {
  GlobalBeforeValidateHook,
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Config,
  Plugin,
} from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * A plugin that runs `hook` first among every collection's `kind` hooks, plugins' collections
 * included (so it goes last among the plugins): for checks that hold everywhere, before any other
 * hook of that kind sees the request.
 */
const firstAmong =
  <K extends keyof Hooks>(kind: K, hook: NonNullable<Hooks[K]>[number]): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        [kind]: [hook, ...(collection.hooks?.[kind] ?? [])],
      },
    })),
  })

/** Checks of a request's shape, before any other hook or the database sees it. */
export const beforeEveryOperation = (hook: CollectionBeforeOperationHook): Plugin =>
  firstAmong('beforeOperation', hook)

/** Checks of a write's values, before Payload's own validation and the other hooks. */
export const beforeEveryValidate = (hook: CollectionBeforeValidateHook): Plugin =>
  firstAmong('beforeValidate', hook)

/** The same check of a write's values for every global, first among its beforeValidate hooks. */
export const beforeEveryGlobalValidate =
  (hook: GlobalBeforeValidateHook): Plugin =>
  (config: Config): Config => ({
    ...config,
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeValidate: [hook, ...(global.hooks?.beforeValidate ?? [])] },
    })),
  })
