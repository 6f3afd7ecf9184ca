// Entry point of the `cron` cloud function. Timer triggers (config.json) call it with
// `{ Type: 'Timer', TriggerName, Time }`; each trigger runs its jobs, one after another, each failure logged
// without stopping the others. Jobs use the api function's repos (bundled in): one set of queries, one manifest.
import { autoConfirm } from './jobs/autoConfirm'
import { escalate } from './jobs/escalate'
import { volunteerStats } from './jobs/volunteerStats'

type Job = (now: Date) => Promise<{ name: string; touched: number }>

export const JOBS: Record<string, Job[]> = {
  everyMinute: [escalate, autoConfirm],
  nightly: [volunteerStats]
}

export async function main(event: { Type?: string; TriggerName?: string }): Promise<{ trigger: string; results: Array<{ name: string; touched: number }> }> {
  const trigger = event?.TriggerName ?? 'unknown'
  const jobs = JOBS[trigger] ?? []
  const now = new Date()
  const results = []
  for (const job of jobs) {
    try {
      results.push(await job(now))
    } catch (e) {
      console.error(JSON.stringify({ level: 'error', trigger, job: job.name, error: (e as Error)?.name, stack: (e as Error)?.stack?.split('\n').slice(0, 4).join(' | ') }))
      results.push({ name: job.name, touched: -1 })
    }
  }
  console.log(JSON.stringify({ level: 'info', trigger, jobs: results.length }))
  return { trigger, results }
}
