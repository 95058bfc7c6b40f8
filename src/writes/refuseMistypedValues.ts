import { ValidationError, type CollectionBeforeValidateHook, type Plugin } from 'payload'

import { beforeEveryValidate } from '../lib/everyCollection'
import { findMissingReferences, referencesIn } from './missingReferences'
import { findMistypedValues } from './mistypedValues'

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
  const localization = req.payload.config.localization
  const localeCodes = req.locale === 'all' && localization ? localization.localeCodes : undefined
  let errors = findMistypedValues(collection.fields, data, localeCodes)
  if (errors.length === 0) {
    errors = await findMissingReferences(referencesIn(collection.fields, data, localeCodes), req)
  }
  if (errors.length === 0) return data
  throw new ValidationError({ collection: collection.slug, errors, req })
}

/** Adds the check to every collection of the config, plugins' included. */
export const mistypedValuesRefused = (): Plugin => beforeEveryValidate(refuseMistypedValues)
