import { describe, expect, test } from 'vitest'

import { s3MediaSettings } from './s3MediaSettings'

const defaults = { MEDIA_S3_REGION: 'us-east-1', MEDIA_S3_FORCE_PATH_STYLE: 'false' }

describe('s3MediaSettings', () => {
  test('should keep images on disk when no bucket is named', () => {
    expect(s3MediaSettings(defaults)).toEqual({ settings: null, issues: [] })
  })

  test('should read a MinIO-style bucket with its keys and path-style addressing', () => {
    const { settings, issues } = s3MediaSettings({
      ...defaults,
      MEDIA_S3_BUCKET: 'media',
      MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000',
      MEDIA_S3_ACCESS_KEY_ID: 'id',
      MEDIA_S3_SECRET_ACCESS_KEY: 'secret',
      MEDIA_S3_FORCE_PATH_STYLE: 'true',
    })
    expect(issues).toEqual([])
    expect(settings).toEqual({
      bucket: 'media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      forcePathStyle: true,
    })
  })

  test('should leave credentials to the AWS SDK when no key is given', () => {
    expect(s3MediaSettings({ ...defaults, MEDIA_S3_BUCKET: 'media' }).settings?.credentials).toBe(
      undefined,
    )
  })

  test.each([
    [{ MEDIA_S3_BUCKET: 'm', MEDIA_S3_ACCESS_KEY_ID: 'id' }, 'MEDIA_S3_SECRET_ACCESS_KEY'],
    [{ MEDIA_S3_BUCKET: 'm', MEDIA_S3_SECRET_ACCESS_KEY: 's' }, 'MEDIA_S3_ACCESS_KEY_ID'],
    [{ MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000' }, 'MEDIA_S3_BUCKET'],
  ])('should refuse %o, naming %s', (values, named) => {
    const { issues } = s3MediaSettings({ ...defaults, ...values })
    expect(issues.map(({ path }) => path[0])).toEqual([named])
  })
})
