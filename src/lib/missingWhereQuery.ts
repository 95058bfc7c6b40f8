import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'

import { beforeEveryOperation } from './everyCollection'

/**
 * `PATCH` or `DELETE /api/<collection>` without `?where=` nor an id: the client's mistake (400).
 * Payload throws a plain APIError for it, which it logs at error with a stack like a real failure;
 * this one is named as Payload's own refusal of a bad query, which `loggingLevels`
 * (src/lib/logging.ts) logs at info.
 */
export class MissingWhereQuery extends APIError {
  constructor(operation: 'update' | 'delete') {
    super(
      `Missing 'where' query of documents to ${operation}. Name the documents with ?where=… or the document's id in the path.`,
      400,
      null,
      true,
    )
    this.name = 'QueryError'
  }
}

const refuseBulkWithoutWhere: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id === undefined && !where) throw new MissingWhereQuery(operation)
  return args
}

/** Adds the check to every collection, where Payload would refuse the same request a moment later. */
export const bulkWritesNeedWhere = (): Plugin => beforeEveryOperation(refuseBulkWithoutWhere)
