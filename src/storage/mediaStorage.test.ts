import { s3Storage } from '@payloadcms/storage-s3'
import type { Config } from 'payload'
import { describe, expect, test } from 'vitest'

import { mediaStorage } from './mediaStorage'

/** A config with an upload collection named as ours, fresh for each plugin (both mutate it). */
const incoming = (): Config =>
  ({
    collections: [{ slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] }],
  }) as unknown as Config

/** Functions compared by presence: each plugin makes its own closures. */
const shape = (config: Config) =>
  JSON.parse(JSON.stringify(config, (_key, value) => (typeof value === 'function' ? 'fn' : value)))

describe('media storage without a bucket', () => {
  test('should make the config storage-s3 makes when disabled, without loading it', async () => {
    const stock = s3Storage({
      enabled: false,
      alwaysInsertFields: true,
      bucket: 'unused',
      collections: { media: { prefix: '' } },
      config: {},
    })(incoming())
    const ours = await mediaStorage(null)(incoming())
    expect(shape(ours)).toEqual(shape(await stock))
    const media = ours.collections?.find(({ slug }) => slug === 'media')
    expect(media?.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(
      expect.arrayContaining(['prefix']),
    )
  })
})
