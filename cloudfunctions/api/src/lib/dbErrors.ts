// Recognising database races by what CloudBase reports. wx-server-sdk maps every code it does not know to
// errCode -501001 (SYS_ERR), so the errCode alone says nothing: the code or message names the race.
// - a write conflict between transactions: code DATABASE_TRANSACTION_CONFLICT / "TransactionConflict";
// - a unique index violation: "E11000 duplicate key … index: <name>".

interface DbErrorLike {
  errCode?: number
  code?: string
  message?: string
  errMsg?: string
}

function text(e: unknown): string {
  const err = (e ?? {}) as DbErrorLike
  return `${err.code ?? ''} ${err.message ?? ''} ${err.errMsg ?? ''}`
}

export function isTransactionConflict(e: unknown): boolean {
  return /DATABASE_TRANSACTION_CONFLICT|TransactionConflict|transaction conflict/i.test(text(e))
}

/** A unique-index violation, optionally of one named index (as declared in the manifest). */
export function isDuplicateKey(e: unknown, index?: string): boolean {
  const t = text(e)
  if (!/E11000|duplicate key/i.test(t)) return false
  return index === undefined || new RegExp(`index: ${index}\\b`).test(t)
}

/** Either race: the caller should re-read and decide, or be told CONFLICT. */
export function isConflictError(e: unknown): boolean {
  return isTransactionConflict(e) || isDuplicateKey(e)
}
