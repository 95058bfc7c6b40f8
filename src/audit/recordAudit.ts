import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { auditOperationOf, changedFields, type AuditOperation } from './auditEntry'

const draftKey = 'audit:draftSave'

type Entry = {
  operation: AuditOperation
  documentCollection: string
  documentId?: string | number | null
  changedFields?: string[]
  summary?: string
}

function actorOf(req: PayloadRequest) {
  const user = req.user as { id?: string | number; name?: string | null; email?: string } | null
  if (!user?.id) return { actorId: null, actorName: 'system (seed, script or scheduled job)' }
  return { actorId: String(user.id), actorName: user.name?.trim() || user.email || String(user.id) }
}

/** Appends one entry, in the same transaction as the change it describes. */
export async function writeAudit(req: PayloadRequest, entry: Entry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      at: new Date().toISOString(),
      ...actorOf(req),
      ...entry,
      documentId: entry.documentId === undefined ? null : String(entry.documentId),
    },
    overrideAccess: true,
    req,
  })
}

/** Remembers whether the running save was asked for a draft. */
export const noteAuditDraft: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    req.context[draftKey] = Boolean((args as { draft?: unknown }).draft)
  }
  return args
}

export const auditAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const fields = changedFields(operation === 'create' ? {} : previousDoc, doc)
  // The server itself moved only bookkeeping (a partner key's last use): nobody did anything.
  if (operation === 'update' && fields.length === 0 && !req.user) return doc
  await writeAudit(req, {
    operation: auditOperationOf({
      operation,
      restoring: Boolean(req.context.isRestoringVersion),
      draftSave: req.context[draftKey] === true,
      statusBefore: (previousDoc as { _status?: unknown } | undefined)?._status,
      statusAfter: (doc as { _status?: unknown })._status,
    }),
    documentCollection: collection.slug,
    documentId: doc.id,
    changedFields: fields,
  })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await writeAudit(req, {
    operation: 'delete',
    documentCollection: collection.slug,
    documentId: id,
  })
}
