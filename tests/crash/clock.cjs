// Preloaded into the crash suite's gateway child (NODE_OPTIONS=--require): the gateway's clock runs
// CRASH_CLOCK_SPEED times faster than the wall clock from CRASH_CLOCK_BASE (ms), plus CRASH_CLOCK_OFFSET_MS.
// Why: a service checked in and out within one burst then lasts whole minutes (so settlements move hours), and
// each restart starts later than the last (offset), so the cron safety nets — which leave orders younger than two
// minutes to their own request — see every order from before the kill. Timers and time limits (setTimeout) keep
// wall time. Only `new Date()` and `Date.now()` change; Date objects stay real ones (instanceof, EJSON).
'use strict'
const base = Number(process.env.CRASH_CLOCK_BASE)
const speed = Number(process.env.CRASH_CLOCK_SPEED ?? 1)
const offset = Number(process.env.CRASH_CLOCK_OFFSET_MS ?? 0)
if (Number.isFinite(base)) {
  const RealDate = Date
  const realNow = RealDate.now.bind(RealDate)
  const now = () => Math.floor(base + (realNow() - base) * speed + offset)
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString()
    return args.length ? new RealDate(...args) : new RealDate(now())
  }
  Object.setPrototypeOf(ShiftedDate, RealDate)
  ShiftedDate.prototype = RealDate.prototype
  ShiftedDate.now = now
  ShiftedDate.parse = RealDate.parse
  ShiftedDate.UTC = RealDate.UTC
  globalThis.Date = ShiftedDate
}
