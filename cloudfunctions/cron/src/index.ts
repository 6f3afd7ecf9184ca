// Entry point of the `cron` cloud function. Timer triggers (config.json) call it with
// `{ Type: 'Timer', TriggerName, Time }`. WeChat allows ONE timer trigger per function, so `everyMinute` also
// runs the nightly jobs in the 02:30 (China time) minute; `nightly` may still be invoked by name (by hand, in
// tests). Jobs run one after another, each failure logged without stopping the others. Jobs use the api
// function's repos (bundled in): one set of queries, one manifest.
import { formatShanghai } from '../../../src/shared/time'
import { autoConfirm } from './jobs/autoConfirm'
import { escalate } from './jobs/escalate'
import { statsDrift } from './jobs/statsDrift'
import { volunteerStats } from './jobs/volunteerStats'
import { rateLimitSweep } from './jobs/rateLimitSweep'
import { eraseAccounts } from './jobs/eraseAccounts'
import { stackFrames } from '../../api/src/lib/log'

type Job = (now: Date) => Promise<{ name: string; touched: number }>

export const JOBS: Record<string, Job[]> = {
  everyMinute: [escalate, autoConfirm],
  nightly: [volunteerStats, statsDrift, rateLimitSweep, eraseAccounts]
}

const NIGHTLY_AT = '02:30'

function jobsFor(trigger: string, at: Date): Job[] {
  if (trigger !== 'everyMinute') return JOBS[trigger] ?? []
  return formatShanghai(at, 'HH:mm') === NIGHTLY_AT ? [...JOBS.everyMinute, ...JOBS.nightly] : JOBS.everyMinute
}

export async function main(event: { Type?: string; TriggerName?: string; Time?: string }): Promise<{ trigger: string; results: Array<{ name: string; touched: number }> }> {
  const trigger = event?.TriggerName ?? 'unknown'
  const now = new Date()
  const fired = event?.Time ? new Date(event.Time) : now
  const jobs = jobsFor(trigger, Number.isNaN(fired.getTime()) ? now : fired)
  const results = []
  for (const job of jobs) {
    try {
      results.push(await job(now))
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', trigger, job: job.name, error: (e as Error)?.name, stack: stackFrames(e) }))
      results.push({ name: job.name, touched: -1 })
    }
  }
  // Quiet minutes stay quiet: a line only when some job touched something (or failed).
  if (results.some((r) => r.touched !== 0)) console.log(JSON.stringify({ level: 'info', trigger, results }))
  return { trigger, results }
}
