/** Where uploaded images go when they are kept in an S3-compatible bucket (AWS S3, R2, MinIO). */
export type S3MediaSettings = {
  bucket: string
  /** Unset: AWS S3 itself, found from the region. */
  endpoint: string | undefined
  region: string
  /** Unset: the AWS SDK's own credential chain (instance role, AWS_* variables, profile). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined
  /** Bucket in the path (`host/bucket/key`), as MinIO and most self-hosted servers need. */
  forcePathStyle: boolean
}

type S3Variables = {
  MEDIA_S3_BUCKET?: string
  MEDIA_S3_ENDPOINT?: string
  MEDIA_S3_REGION: string
  MEDIA_S3_ACCESS_KEY_ID?: string
  MEDIA_S3_SECRET_ACCESS_KEY?: string
  MEDIA_S3_FORCE_PATH_STYLE: string
}

type Issue = { code: 'custom'; path: string[]; message: string; input: undefined }

const issue = (name: string, message: string): Issue => ({
  code: 'custom',
  path: [name],
  message,
  input: undefined,
})

/**
 * The S3 settings, or null when MEDIA_S3_BUCKET is unset (images stay in MEDIA_DIR). A key id
 * without its secret (or the reverse) is refused rather than silently falling back to whatever
 * credentials the machine happens to have; so are S3 settings without a bucket to use them for.
 */
export function s3MediaSettings(values: S3Variables): {
  settings: S3MediaSettings | null
  issues: Issue[]
} {
  const keyId = values.MEDIA_S3_ACCESS_KEY_ID
  const secret = values.MEDIA_S3_SECRET_ACCESS_KEY
  const issues: Issue[] = []
  if (keyId && !secret) {
    issues.push(issue('MEDIA_S3_SECRET_ACCESS_KEY', 'is required with MEDIA_S3_ACCESS_KEY_ID'))
  }
  if (secret && !keyId) {
    issues.push(issue('MEDIA_S3_ACCESS_KEY_ID', 'is required with MEDIA_S3_SECRET_ACCESS_KEY'))
  }
  if (!values.MEDIA_S3_BUCKET) {
    const stray = [values.MEDIA_S3_ENDPOINT, keyId, secret].some(Boolean)
    if (stray) {
      issues.push(issue('MEDIA_S3_BUCKET', 'is required when the other MEDIA_S3_ settings are set'))
    }
    return { settings: null, issues }
  }
  return {
    settings: {
      bucket: values.MEDIA_S3_BUCKET,
      endpoint: values.MEDIA_S3_ENDPOINT,
      region: values.MEDIA_S3_REGION,
      credentials: keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret } : undefined,
      forcePathStyle: ['true', '1'].includes(values.MEDIA_S3_FORCE_PATH_STYLE),
    },
    issues,
  }
}
