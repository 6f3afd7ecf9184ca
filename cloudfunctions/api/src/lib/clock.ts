// The router's clock: every action's ctx.now comes from here, read once per call. Production never sets it; tests
// move it (setClock) to cross a rate-limit window or a deadline without waiting, through the same code paths.
let fixed: (() => Date) | null = null

export function clockNow(): Date {
  return fixed ? fixed() : new Date()
}

/** Tests only: make ctx.now come from `next` (null restores the real time). */
export function setClock(next: (() => Date) | null): void {
  fixed = next
}
