// Structured logs, one JSON object per line. Invariant: no personal data (no openid, names, phones, ids of
// people, addresses, free text) — only the action, request id, outcome code and timing.
export function logCall(entry: { requestId: string; action: string; code: string; ms: number }): void {
  if (process.env.API_LOG === 'off') return // tests switch per-call logs off; errors are always logged
  console.log(JSON.stringify({ level: entry.code === 'OK' ? 'info' : 'warn', ...entry }))
}

export function logInternal(entry: { requestId: string; action: string; error: unknown }): void {
  const e = entry.error as { name?: string; errCode?: number } | null
  console.error(
    JSON.stringify({ level: 'error', requestId: entry.requestId, action: entry.action, errorName: e?.name, errCode: e?.errCode, stack: stackFrames(e) })
  )
}

/**
 * An error's stack frames only, joined: the stack's first line is the message, and a database error's message may
 * quote a document (E11000 … dup key: { phone: … }) — personal data that must not reach the logs.
 */
export function stackFrames(e: unknown, max = 5): string | undefined {
  const stack = (e as { stack?: unknown } | null)?.stack
  if (typeof stack !== 'string') return undefined
  return stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, max)
    .map((l) => l.trim())
    .join(' | ')
}
