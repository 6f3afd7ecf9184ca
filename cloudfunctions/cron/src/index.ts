// Entry point of the `cron` cloud function. Timer triggers (config.json) call it with
// `{ Type: 'Timer', TriggerName, Time }`; each trigger runs its jobs. No jobs yet: escalation, auto-confirm and
// rollup checks arrive with the order and dashboard features.
import cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV is a symbol at run time; the SDK's typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

type Job = (now: Date) => Promise<{ name: string; touched: number }>

export const JOBS: Record<string, Job[]> = {
  everyMinute: [],
  nightly: []
}

export async function main(event: { Type?: string; TriggerName?: string }): Promise<{ trigger: string; results: Array<{ name: string; touched: number }> }> {
  const trigger = event?.TriggerName ?? 'unknown'
  const jobs = JOBS[trigger] ?? []
  const now = new Date()
  const results = []
  for (const job of jobs) results.push(await job(now))
  console.log(JSON.stringify({ level: 'info', trigger, jobs: results.length }))
  return { trigger, results }
}
