import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { beforeEveryOperation, beforeEveryValidate } from '../lib/everyCollection'
import { findMissingReferences, referencesIn } from './missingReferences'
import { findMistypedValues } from './mistypedValues'
import { isRow } from './walkFieldValues'

/**
 * Refuses a write whose values do not fit their fields, or whose relationships point to no
 * document, with a 400 naming each field: drafts included, which Payload saves without its
 * validation so editors can keep unfinished work (`versions.drafts.validate` is false). Without
 * this, a draft save stored text sent for a number as nothing, a list sent for text as its JSON,
 * and a relationship to a missing document failed with a 500.
 */
export const refuseMistypedValues: CollectionBeforeValidateHook = async ({
  collection,
  data,
  req,
}) => {
  if (!data) return data
  const localeCodes = allLocaleCodes(req)
  let errors = findMistypedValues(collection.fields, data, localeCodes)
  if (errors.length === 0) {
    errors = await findMissingReferences(referencesIn(collection.fields, data, localeCodes), req)
  }
  if (errors.length === 0) return data
  throw new ValidationError({ collection: collection.slug, errors, req })
}

/** With locale=all, a localized field's value is an object of locales. */
function allLocaleCodes(req: PayloadRequest): string[] | undefined {
  const { localization } = req.payload.config
  return req.locale === 'all' && localization ? localization.localeCodes : undefined
}

/**
 * A group sent as something other than an object (`"downtime": "none"`): Payload replaces it with
 * an empty object before any validate hook sees it, so this looks at the write as it was sent.
 */
export const refuseMisshapenGroups: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data } = args as { data?: unknown }
  if ((operation !== 'create' && operation !== 'update') || !isRow(data)) return args
  const errors = findMistypedValues(
    collection.fields,
    data,
    allLocaleCodes(req),
    (field) => field.type === 'group',
  )
  if (errors.length === 0) return args
  throw new ValidationError({ collection: collection.slug, errors, req })
}

/** Adds the checks to every collection of the config, plugins' included. */
export const mistypedValuesRefused = (): Plugin => async (config) =>
  beforeEveryValidate(refuseMistypedValues)(
    await beforeEveryOperation(refuseMisshapenGroups)(config),
  )
