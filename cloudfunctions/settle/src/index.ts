// Entry point of the `settle` cloud function: the follow-ups of order moves that no user should wait for, run by
// its timer every 5 seconds (config.json; CloudBase timers take a seconds field). Each run drains what is due:
// completed orders to pay and record (settleDue), new orders to count on the 工作台 (tallyCreated). Idle runs
// make two indexed queries that find nothing. Both jobs are idempotent, so an overlapping or repeated run is safe.
import { settleDue } from './jobs/settleDue'
import { tallyCreated } from './jobs/tallyCreated'
import { stackFrames } from '../../api/src/lib/log'

type Job = (now: Date) => Promise<{ name: string; touched: number }>

export const JOBS: Job[] = [settleDue, tallyCreated]

export async function main(event: { TriggerName?: string }): Promise<{ trigger: string; results: Array<{ name: string; touched: number }> }> {
  const trigger = event?.TriggerName ?? 'unknown'
  const now = new Date()
  const results = []
  for (const job of JOBS) {
    try {
      results.push(await job(now))
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', trigger, job: job.name, error: (e as Error)?.name, stack: stackFrames(e) }))
      results.push({ name: job.name, touched: -1 })
    }
  }
  if (results.some((r) => r.touched !== 0)) console.log(JSON.stringify({ level: 'info', trigger, results }))
  return { trigger, results }
}
