/** The part of s3rver (no types of its own) the tests use. */
declare module 's3rver' {
  import type { EventEmitter } from 'node:events'
  import type { AddressInfo } from 'node:net'

  export default class S3rver extends EventEmitter {
    constructor(options: {
      address?: string
      port?: number
      silent?: boolean
      directory: string
      configureBuckets?: { name: string; configs: unknown[] }[]
    })
    store: { listObjects: (bucket: string, options: { maxKeys?: number }) => Promise<unknown> }
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
