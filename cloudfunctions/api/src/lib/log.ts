// Structured logs, one JSON object per line. Invariant: no personal data (no openid, names, phones, ids of
// people, addresses, free text) — only the action, request id, outcome code and timing.
export function logCall(entry: { requestId: string; action: string; code: string; ms: number }): void {
  if (process.env.API_LOG === 'off') return // tests switch per-call logs off; errors are always logged
  console.log(JSON.stringify({ level: entry.code === 'OK' ? 'info' : 'warn', ...entry }))
}

export function logInternal(entry: { requestId: string; action: string; error: unknown }): void {
  const e = entry.error as { name?: string; errCode?: number; stack?: string } | null
  console.error(JSON.stringify({ level: 'error', requestId: entry.requestId, action: entry.action, errorName: e?.name, errCode: e?.errCode, stack: e?.stack?.split('\n').slice(0, 6).join(' | ') }))
}
