// CloudBase reports write conflicts (another transaction holds the document) as errCode -501001; a unique index
// violation mentions a duplicate key. Both are the caller's race, not our bug: they map to CONFLICT.
export const TRANSACTION_CONFLICT = -501001

export function isConflictError(e: unknown): boolean {
  const err = e as { errCode?: number; code?: string; message?: string; errMsg?: string } | null
  if (!err) return false
  if (err.errCode === TRANSACTION_CONFLICT) return true
  const text = `${err.code ?? ''} ${err.message ?? ''} ${err.errMsg ?? ''}`
  return /DATABASE_TRANSACTION_CONFLICT|duplicate key|E11000/i.test(text)
}
