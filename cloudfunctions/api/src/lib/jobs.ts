// The timer functions' (cron, settle) way of running their jobs: one after another, each failure logged (stack
// frames only, never a message that may quote a document) and reported as touched −1 without stopping the
// others; quiet runs stay quiet — one info line only when some job touched something or failed (not with
// API_LOG=off, as for the api function's per-call lines).
import { stackFrames } from './log'

export type Job = (now: Date) => Promise<{ name: string; touched: number }>
export interface JobsRun {
  trigger: string
  results: Array<{ name: string; touched: number }>
}

/**
 * The instant a timer run acts at: the event's `Time` (CloudBase timer events carry the ISO time they fired for),
 * so jobs never read the clock themselves and a run driven at a given instant (the local timers, tests, a replay)
 * judges deadlines and China-time months at that instant. The real clock only when the event has no usable Time.
 */
export function timerNow(event: { Time?: string } | null | undefined): Date {
  const fired = event?.Time ? new Date(event.Time) : null
  return fired && !Number.isNaN(fired.getTime()) ? fired : new Date()
}

export async function runJobs(trigger: string, jobs: readonly Job[], now: Date): Promise<JobsRun> {
  const results = []
  for (const job of jobs) {
    try {
      results.push(await job(now))
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', trigger, job: job.name, error: (e as Error)?.name, stack: stackFrames(e) }))
      results.push({ name: job.name, touched: -1 })
    }
  }
  if (results.some((r) => r.touched !== 0) && process.env.API_LOG !== 'off') console.log(JSON.stringify({ level: 'info', trigger, results }))
  return { trigger, results }
}
