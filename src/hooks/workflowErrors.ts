import { APIError, Forbidden } from 'payload'

/**
 * A 403 that tells the person what to do instead. Named `Forbidden` so Payload logs it as the
 * ordinary refusal it is (info), not as a server error.
 */
export class WorkflowRefusal extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    this.name = 'Forbidden'
    // Public, so Payload passes the message on instead of "Something went wrong." in bulk updates.
    this.isPublic = true
  }
}

/** A 400 for a filter the reader can fix; logged at info like Payload's own validation errors. */
export class WorkflowBadRequest extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'ValidationError'
  }
}
