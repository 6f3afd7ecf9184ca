import { messageFor, type FieldErrors } from '../shared/errors'

/** What callApi throws: a stable code (see src/shared/errors/codes.ts) and a Chinese message to show as-is. */
export class ApiClientError extends Error {
  readonly code: string
  readonly fields?: FieldErrors
  readonly requestId?: string

  constructor(code: string, message?: string, fields?: FieldErrors, requestId?: string) {
    super(message || messageFor(code))
    this.name = 'ApiClientError'
    this.code = code
    this.fields = fields
    this.requestId = requestId
  }
}

/**
 * Thrown by a transport. `network: true` means the call may not have reached the function (safe to retry with
 * the same requestId); `network: false` means the platform answered with a failure (not retried).
 */
export class TransportError extends Error {
  readonly network: boolean

  constructor(message: string, network: boolean) {
    super(message)
    this.name = 'TransportError'
    this.network = network
  }
}
