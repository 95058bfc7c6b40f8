import type { DatabaseAdapterObj } from 'payload'

/**
 * Payload's drizzle adapter names the table aliases of its subqueries (join fields, filters through
 * relationships) with a fresh random UUID each time (getTableAlias in @payloadcms/drizzle), so the
 * same read sends different SQL text every time and SQLite can never reuse its prepared statement
 * (patches/@libsql+client+*.patch keeps them by text).
 */
const randomAlias = /"[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}"/g

/**
 * Renames those aliases by order of first appearance (`"alias_0"`, `"alias_1"`, …). One statement's
 * aliases stay distinct and each keeps every use, so the statement means the same; the same read
 * now sends the same text.
 */
export function stableAliases(sql: string): string {
  const renamed = new Map<string, string>()
  return sql.replace(randomAlias, (alias) => {
    let name = renamed.get(alias)
    if (name === undefined) renamed.set(alias, (name = `"alias_${renamed.size}"`))
    return name
  })
}

type Statement = string | { sql: string; args?: unknown }
type ExecutingClient = { execute: (statement: Statement, args?: unknown) => Promise<unknown> }

const withStableText = (statement: Statement): Statement =>
  typeof statement === 'string'
    ? stableAliases(statement)
    : { ...statement, sql: stableAliases(statement.sql) }

/**
 * A view of a libsql client whose `execute` sends statements with stable aliases; everything else
 * is the client's own (bound to it: the client keeps its connection in private fields).
 */
function stableAliasClient(client: ExecutingClient): ExecutingClient {
  const bound = new Map<PropertyKey, unknown>()
  // What is set on the view stays on the view (a test counting statements replaces `execute`
  // there): the view's own `execute` keeps sending to the client's, never back to the view's.
  const assigned = new Map<PropertyKey, unknown>()
  const execute = (statement: Statement, args?: unknown) =>
    client.execute(withStableText(statement), args)
  return new Proxy(client, {
    get: (target, name) => {
      if (assigned.has(name)) return assigned.get(name)
      if (name === 'execute') return execute
      const value: unknown = Reflect.get(target, name, target)
      if (typeof value !== 'function') return value
      if (!bound.has(name)) bound.set(name, (value as () => unknown).bind(target))
      return bound.get(name)
    },
    set: (_target, name, value) => {
      assigned.set(name, value)
      return true
    },
  })
}

/**
 * For the SQLite adapter: every statement its libsql client runs outside a transaction (every
 * read) goes out with stable aliases. The adapter reads its `client` through this view when it
 * connects (and hands it to drizzle then), so nothing of the adapter or the client is replaced.
 */
export function withStableAliases(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const views = new WeakMap<object, ExecutingClient>()
      return new Proxy(adapter, {
        get: (target, name, receiver) => {
          const value: unknown = Reflect.get(target, name, receiver)
          if (name !== 'client' || typeof value !== 'object' || value === null) return value
          let view = views.get(value)
          if (!view) views.set(value, (view = stableAliasClient(value as ExecutingClient)))
          return view
        },
      })
    },
  }
}
