// Entry point of the `cron` cloud function. Timer triggers (config.json) call it with
// `{ Type: 'Timer', TriggerName, Time }`. WeChat allows ONE timer trigger per function, so `everyMinute` also
// runs the nightly jobs in the 02:30 (China time) minute; `nightly` may still be invoked by name (by hand, in
// tests). The jobs' clock is the event's `Time` (timerNow), so a run replayed or driven by a test judges
// deadlines and China-time months at the instant it was fired for. Jobs run one after another, each failure
// logged without stopping the others. Jobs use the api function's repos (bundled in): one set of queries, one
// manifest.
import { formatShanghai } from '../../../src/shared/time'
import { autoConfirm } from './jobs/autoConfirm'
import { escalate } from './jobs/escalate'
import { escalateStreet } from './jobs/escalateStreet'
import { statsDrift } from './jobs/statsDrift'
import { volunteerStats } from './jobs/volunteerStats'
import { rateLimitSweep } from './jobs/rateLimitSweep'
import { eraseAccounts } from './jobs/eraseAccounts'
import { runJobs, timerNow, type Job, type JobsRun } from '../../api/src/lib/jobs'

export const JOBS: Record<string, Job[]> = {
  everyMinute: [escalate, escalateStreet, autoConfirm],
  nightly: [volunteerStats, statsDrift, rateLimitSweep, eraseAccounts]
}

const NIGHTLY_AT = '02:30'

function jobsFor(trigger: string, at: Date): Job[] {
  if (trigger !== 'everyMinute') return JOBS[trigger] ?? []
  return formatShanghai(at, 'HH:mm') === NIGHTLY_AT ? [...JOBS.everyMinute, ...JOBS.nightly] : JOBS.everyMinute
}

export async function main(event: { Type?: string; TriggerName?: string; Time?: string }): Promise<JobsRun> {
  const trigger = event?.TriggerName ?? 'unknown'
  const now = timerNow(event)
  return runJobs(trigger, jobsFor(trigger, now), now)
}
