import type { DatabaseAdapterObj, Payload } from 'payload'

import { type MethodWrappers, wrapAdapter } from '../database/wrapAdapter'
import { currentReadDependencies } from './readDependencies'
import { type CollectionRead, collectionReadTags, globalTag } from './readTags'

type Read = (args: CollectionRead & { collection: string }) => unknown
type GlobalRead = (args: { slug?: string; global?: string }) => unknown

/**
 * Records every read of the database adapter into the answer being computed, if any
 * (src/cache/readDependencies.ts), so a publish drops only the cached answers that read what it
 * changed. These are all the adapter's read methods (Payload's BaseDatabaseAdapter); its writes
 * are told apart by the collection hooks in src/cache/invalidation.ts.
 */
export function withReadRecording(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => {
    const collectionRead =
      (versions: boolean) =>
      (original: Read): Read =>
      (args) => {
        currentReadDependencies()?.add(readTags(payload, args, versions))
        return original(args)
      }
    const globalRead =
      (original: GlobalRead): GlobalRead =>
      (args) => {
        const slug = args.slug ?? args.global
        currentReadDependencies()?.add(slug ? [globalTag(slug)] : 'everything')
        return original(args)
      }
    const documents = collectionRead(false)
    const versions = collectionRead(true)
    return {
      count: documents,
      find: documents,
      findDistinct: documents,
      findOne: documents,
      countVersions: versions,
      findVersions: versions,
      queryDrafts: versions,
      findGlobal: globalRead,
      countGlobalVersions: globalRead,
      findGlobalVersions: globalRead,
    } as unknown as MethodWrappers
  })
}

function readTags(
  payload: Payload,
  args: CollectionRead & { collection: string },
  versions: boolean,
): string[] | 'everything' {
  const config = payload.collections[args.collection as 'conditions']?.config
  return config ? collectionReadTags(config, args, { versions }) : 'everything'
}
