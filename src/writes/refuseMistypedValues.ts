import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type Field,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import {
  beforeEveryGlobalValidate,
  beforeEveryOperation,
  beforeEveryValidate,
} from '../lib/everyCollection'
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
  const errors = await valueErrors(collection.fields, data, req)
  if (errors.length === 0) return data
  throw new ValidationError({ collection: collection.slug, errors, req })
}

/** The same for globals (the clinic settings stored `{"a":1}` sent for its name as that text). */
export const refuseMistypedGlobalValues: GlobalBeforeValidateHook = async ({
  data,
  global,
  req,
}) => {
  if (!data) return data
  const errors = await valueErrors(global.fields, data, req)
  if (errors.length === 0) return data
  throw new ValidationError({ global: global.slug, errors, req })
}

async function valueErrors(fields: Field[], data: Record<string, unknown>, req: PayloadRequest) {
  const localeCodes = allLocaleCodes(req)
  const errors = findMistypedValues(fields, data, localeCodes)
  if (errors.length > 0) return errors
  return findMissingReferences(referencesIn(fields, data, localeCodes), req)
}

/** With locale=all, a localized field's value is an object of locales. */
function allLocaleCodes(req: PayloadRequest): string[] | undefined {
  const { localization } = req.payload.config
  return req.locale === 'all' && localization ? localization.localeCodes : undefined
}

/**
 * Values Payload's own field hooks trip over before any validate hook sees them, so this looks at
 * the write as it was sent: a group sent as something other than an object (`"downtime": "none"`),
 * which Payload replaces with an empty object, and rich text that is not a Lexical document, whose
 * field hooks walk `children` without looking (a 500).
 */
const checkedAsSent = new Set(['group', 'richText'])

export const refuseMisshapenValues: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data } = args as { data?: unknown }
  if ((operation !== 'create' && operation !== 'update') || !isRow(data)) return args
  const errors = findMistypedValues(collection.fields, data, allLocaleCodes(req), (field) =>
    checkedAsSent.has(field.type),
  )
  if (errors.length === 0) return args
  throw new ValidationError({ collection: collection.slug, errors, req })
}

/** Adds the checks to every collection and global of the config, plugins' included. */
export const mistypedValuesRefused = (): Plugin => async (config) =>
  beforeEveryGlobalValidate(refuseMistypedGlobalValues)(
    await beforeEveryValidate(refuseMistypedValues)(
      await beforeEveryOperation(refuseMisshapenValues)(config),
    ),
  )
