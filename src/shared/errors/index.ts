import { ERROR_MESSAGES, messageFor, type ErrorCode } from './codes'

export { ERROR_MESSAGES, messageFor }
export type { ErrorCode }

/** Field-level problems, keyed by dotted input path (e.g. `address.detail`), each a Chinese message. */
export type FieldErrors = Record<string, string>

export interface ApiError {
  code: ErrorCode | string
  message: string
  fields?: FieldErrors
  requestId?: string
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** Thrown by actions and domain rules; the router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields?: FieldErrors

  constructor(code: ErrorCode, fields?: FieldErrors, message?: string) {
    super(message ?? messageFor(code))
    this.name = 'AppError'
    this.code = code
    this.fields = fields
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) }
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
