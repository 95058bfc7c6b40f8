import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type LocalS3 = {
  /** MEDIA_S3_* settings that point a server at this bucket. */
  env: Record<string, string>
  /** Object keys in the bucket, sorted. */
  keys: () => Promise<string[]>
  /** An object's bytes (s3rver serves unsigned reads, as a public bucket would). */
  read: (key: string) => Promise<Buffer>
  /** How many objects were written (PUT or multipart complete) since the server started. */
  writes: () => number
  close: () => Promise<void>
}

/**
 * An S3-compatible server on loopback (s3rver, files in a temporary folder) with one bucket, for
 * tests and the soak: the real S3 protocol, signatures checked, nothing leaves the machine.
 */
export async function startLocalS3(bucket = 'clinic-media'): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  let writes = 0
  server.on('event', (event: { Records: { eventName: string }[] }) => {
    for (const record of event.Records) if (record.eventName.startsWith('ObjectCreated')) writes++
  })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  return {
    env: {
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_ENDPOINT: endpoint,
      MEDIA_S3_REGION: 'us-east-1',
      // s3rver's fixed credentials; it checks every request's signature with them.
      MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
      MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
      MEDIA_S3_FORCE_PATH_STYLE: 'true',
    },
    keys: async () => {
      const { objects } = (await server.store.listObjects(bucket, { maxKeys: 100_000 })) as {
        objects: { key: string }[]
      }
      return objects.map(({ key }) => key).sort()
    },
    read: async (key) => {
      const response = await fetch(`${endpoint}/${bucket}/${key}`)
      if (!response.ok) throw new Error(`s3rver: ${key} answered ${response.status}`)
      return Buffer.from(await response.arrayBuffer())
    },
    writes: () => writes,
    close: async () => {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
