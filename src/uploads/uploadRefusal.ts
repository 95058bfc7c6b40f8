import { APIError } from 'payload'

/**
 * An upload refused for what it is (type, size): the client's to fix. Named as Payload's own
 * upload refusal so src/lib/logging.ts logs both at info.
 */
export class UploadRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'FileUploadError'
  }
}
