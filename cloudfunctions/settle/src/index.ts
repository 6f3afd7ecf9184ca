// Entry point of the `settle` cloud function: the follow-ups of order moves that no user should wait for, run by
// its timer every 5 seconds (config.json; CloudBase timers take a seconds field). Each run drains what is due:
// completed orders to pay and record (settleDue), new orders to count on the 工作台 (tallyCreated). Idle runs
// make two indexed queries that find nothing. Both jobs are idempotent, so an overlapping or repeated run is safe.
// Their clock is the timer event's `Time` (timerNow), never the jobs' own reading.
import { settleDue } from './jobs/settleDue'
import { tallyCreated } from './jobs/tallyCreated'
import { runJobs, timerNow, type Job, type JobsRun } from '../../api/src/lib/jobs'

export const JOBS: Job[] = [settleDue, tallyCreated]

export async function main(event: { TriggerName?: string; Time?: string }): Promise<JobsRun> {
  return runJobs(event?.TriggerName ?? 'unknown', JOBS, timerNow(event))
}
