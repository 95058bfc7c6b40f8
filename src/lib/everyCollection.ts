import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  Config,
  Plugin,
} from 'payload'

/**
 * A plugin that runs `hook` first among every collection's beforeOperation hooks, plugins'
 * collections included (so it goes last among the plugins): for checks of a request's shape that
 * hold everywhere, before any other hook or the database sees it.
 */
export const beforeEveryOperation =
  (hook: CollectionBeforeOperationHook): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })

/** A plugin that runs `hook` first among every collection's beforeValidate hooks. */
export const beforeEveryValidate =
  (hook: CollectionBeforeValidateHook): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeValidate: [hook, ...(collection.hooks?.beforeValidate ?? [])],
      },
    })),
  })
