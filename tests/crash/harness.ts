// The crash suite (issue 7): the real gateway (`npm run cloud`, bundled functions) as a child process on a seeded
// data folder; rounds of { burst of concurrent writes → kill -9 at a random moment → restart on the same folder →
// the cron safety nets once → checks → replays }. The checks read the SQLite file itself (storeView.ts).
// The child's clock runs fast (clock.cjs): see there why.
import path from 'path'
import { startGateway, freePort, type GatewayProcess } from '../fixtures/gatewayProcess'
import { burst, callApi, type Sent } from './burst'
import { checkAcknowledged, checkLedger, checkOrders, type Ack } from './checks'
import { rngFrom, type Rng } from './rng'
import { changedKeys, readStore, storeTexts } from './storeView'
import { COORDINATOR, OPENING_MINUTES, RESIDENTS, ordersFrom, seedWorld, type World } from './world'

const CLOCK = path.join(__dirname, 'clock.cjs')
const SPEED = 60 // one wall second = one gateway minute
const RESTART_JUMP_MS = 3 * 60000 // the restart takes a few minutes of the gateway's clock

export interface CrashOptions {
  seed: number
  rounds: number
  workers?: number
  killWithinMs?: [number, number]
  log?: (line: string) => void
}
export interface RoundReport {
  round: number
  killAfterMs: number
  calls: number
  acked: Record<string, number>
  refused: Record<string, number>
  cutOff: number
  replayed: number
  /** What the cron pass after the restart completed or repaired: orders settled by the settle worker, 工作台 communities with drift. */
  repaired: { settled: number; drift: number }
  /** Finished orders the kill left unpaid or unrecorded (completed, settledAt missing): half-done units cron must finish. */
  unsettledAtKill: number
  problems: string[]
}

export class CrashRun {
  private gw: GatewayProcess | null = null
  private port = 0
  private base = Date.now()
  private offset = 0
  private output: string[] = []
  readonly acks: Ack[] = []
  private world!: World
  /** The gateway's data folder (seeded by setUp). */
  dataDir = ''
  private rng: Rng
  /** Kill delays come from their own stream, so a seed fixes them whatever the bursts drew. */
  private killRng: Rng

  constructor(private opts: CrashOptions) {
    this.rng = rngFrom(opts.seed)
    this.killRng = rngFrom(opts.seed ^ 0x5bd1e995)
  }

  /** The gateway's clock as of now (the same formula as clock.cjs). */
  serverNow = () => Math.floor(this.base + (Date.now() - this.base) * SPEED + this.offset)

  private async start(): Promise<void> {
    const env = {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${CLOCK}`.trim(),
      CRASH_CLOCK_BASE: String(this.base),
      CRASH_CLOCK_SPEED: String(SPEED),
      CRASH_CLOCK_OFFSET_MS: String(this.offset)
    }
    this.gw = await startGateway(this.dataDir, this.port, env)
    // Keep the pipes drained (a full pipe would block the child's writes) and the tail for diagnosis.
    const keep = (b: Buffer) => (this.output.push(...b.toString().split('\n').filter(Boolean)), this.output.splice(0, Math.max(0, this.output.length - 200)))
    this.gw.child.stdout?.on('data', keep)
    this.gw.child.stderr?.on('data', keep)
  }

  private async exited(): Promise<void> {
    const child = this.gw!.child
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r))
  }

  /** Seeds the store, starts the gateway and gives each resident their opening hours through the api. */
  async setUp(): Promise<void> {
    const seeded = await seedWorld()
    this.dataDir = seeded.dataDir
    this.world = { addresses: seeded.addresses, orders: new Map() }
    this.port = await freePort()
    await this.start()
    for (const r of RESIDENTS) {
      const reply = await callApi(this.gw!.url, COORDINATOR, {
        action: 'timebank.adjust',
        input: { requestId: `opening-${r}`, userId: r, minutes: OPENING_MINUTES, reason: '开户赠送' }
      })
      if (!reply.ok) throw new Error(`opening balance for ${r}: ${JSON.stringify(reply.error)}`)
    }
  }

  async round(n: number): Promise<RoundReport> {
    const [lo, hi] = this.opts.killWithinMs ?? [300, 2500]
    const killAfterMs = lo + this.killRng.int(hi - lo)
    const gw = this.gw!
    this.world.orders = ordersFrom(readStore(this.dataDir, ['orders']))
    let dead = false
    const timer = setTimeout(() => {
      dead = true
      gw.child.kill('SIGKILL')
    }, killAfterMs)
    const result = await burst(gw.url, this.world, this.rng, `s${this.opts.seed}r${n}`, {
      workers: this.opts.workers ?? 8,
      dead: () => dead,
      serverNow: this.serverNow
    })
    clearTimeout(timer)
    if (!dead) {
      dead = true
      gw.child.kill('SIGKILL')
    }
    await this.exited()
    const problems: string[] = []
    if (gw.child.signalCode !== 'SIGKILL') problems.push(`the gateway was not killed by SIGKILL (${gw.child.signalCode}/${gw.child.exitCode})`)
    this.acks.push(...result.acks)
    // Straight after the kill, before any restart or cron: acknowledged writes are durable and the ledger's
    // transactions are whole (cron only finishes the order follow-ups that are separate steps by design).
    const atKill = readStore(this.dataDir)
    problems.push(...[...checkAcknowledged(atKill, this.acks), ...checkLedger(atKill)].map((p) => `at the kill: ${p}`))
    const unsettledAtKill = [...atKill.orders.values()].filter((o) => ['completed', 'resolved'].includes(o.status) && !o.settledAt).length

    this.offset += RESTART_JUMP_MS
    await this.start()
    const cron = await this.runCron()
    problems.push(...cron.problems)
    const s = readStore(this.dataDir)
    problems.push(...checkAcknowledged(s, this.acks), ...checkLedger(s), ...checkOrders(s))
    const replay = await this.replay(result.sent)
    problems.push(...replay.problems)
    const acked: Record<string, number> = {}
    for (const a of result.acks) acked[a.op] = (acked[a.op] ?? 0) + 1
    const report = {
      round: n,
      killAfterMs,
      calls: result.calls,
      acked,
      refused: result.refused,
      cutOff: result.cutOff,
      replayed: replay.count,
      repaired: cron.repaired,
      unsettledAtKill,
      problems
    }
    this.opts.log?.(
      `[crash] seed ${this.opts.seed} round ${n}: kill after ${killAfterMs} ms, ${result.calls} calls, acked ${JSON.stringify(acked)}, refused ${JSON.stringify(result.refused)}, cut off ${result.cutOff}, unsettled at the kill ${unsettledAtKill}, cron repaired ${JSON.stringify(cron.repaired)}, replayed ${replay.count}, problems ${problems.length}`
    )
    if (problems.length) this.opts.log?.(`[crash] gateway output (tail):\n${this.output.slice(-30).join('\n')}`)
    return report
  }

  private async cron(trigger: string, fn = 'cron'): Promise<Array<{ name: string; touched: number }>> {
    const res = await fetch(`${this.gw!.url}/api/functions/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Type: 'Timer', TriggerName: trigger, Time: new Date(this.serverNow()).toISOString() })
    })
    if (!res.ok) throw new Error(`${fn} ${trigger}: HTTP ${res.status}`)
    return (await res.json()).results
  }

  /**
   * What the platform does after a crash: the settle worker (pays and records finished orders — confirmed ones, and
   * any the dead process left half-settled — and counts new orders; until none is left, it takes 50 a run), the
   * every-minute jobs, and the nightly 工作台 repair — which, run a second time, must find no drift.
   */
  private async runCron(): Promise<{ problems: string[]; repaired: RoundReport['repaired'] }> {
    const problems: string[] = []
    const repaired = { settled: 0, drift: 0 }
    const minute = await this.cron('everyMinute')
    if (minute.some((r) => r.touched < 0)) problems.push(`cron everyMinute failed: ${JSON.stringify(minute)}`)
    for (let i = 0; ; i++) {
      const results = await this.cron('every5s', 'settle')
      if (results.some((r) => r.touched < 0)) problems.push(`settle every5s failed: ${JSON.stringify(results)}`)
      const settled = results.find((r) => r.name === 'settleDue')?.touched ?? 0
      const tallied = results.find((r) => r.name === 'tallyCreated')?.touched ?? 0
      repaired.settled += Math.max(0, settled)
      if ((settled <= 0 && tallied <= 0) || i >= 40) break
    }
    repaired.drift = (await this.cron('nightly')).find((r) => r.name === 'statsDrift')?.touched ?? -1
    const again = await this.cron('nightly')
    const drift = again.find((r) => r.name === 'statsDrift')
    if (drift?.touched !== 0) problems.push(`the nightly 工作台 repair left drift behind: ${JSON.stringify(again)}`)
    return { problems, repaired }
  }

  /**
   * Replays acknowledged requests of the last burst (same caller, same input, same requestId): creates and
   * transfers/donations answer with the same order / posting; moves are refused; none of them writes anything.
   */
  private async replay(sent: Array<Sent & { ack: Ack }>): Promise<{ count: number; problems: string[] }> {
    const problems: string[] = []
    await this.quiet()
    // Always some own-hours creates whose hold is gone (settled): a replay must not hold their minutes again.
    const orders = readStore(this.dataDir, ['orders']).orders
    const settled = sent.filter((s) => s.ack.op === 'create' && s.ack.funding === 'own_hours' && orders.get(s.ack.orderId)?.settledAt).slice(0, 4)
    const picked = [...settled, ...sent.filter((s) => !settled.includes(s) && this.rng.next() < 0.5)].slice(0, 12)
    const before = storeTexts(this.dataDir)
    for (const s of picked) {
      const reply = await callApi(this.gw!.url, s.openid, s.event)
      const a = s.ack
      if (a.op === 'create' && !(reply.ok && reply.data.id === a.orderId))
        problems.push(`replayed create ${a.requestId}: ${JSON.stringify(reply.ok ? reply.data.id : reply.error)} instead of order ${a.orderId}`)
      if ((a.op === 'transfer' || a.op === 'donate') && !(reply.ok && reply.data.postingId === a.postingId))
        problems.push(`replayed ${a.op} ${a.requestId}: ${JSON.stringify(reply.ok ? reply.data.postingId : reply.error)} instead of ${a.postingId}`)
    }
    const changed = changedKeys(before, storeTexts(this.dataDir))
    if (changed.length) problems.push(`replaying ${picked.length} acknowledged requests wrote: ${changed.slice(0, 10).join(', ')}`)
    return { count: picked.length, problems }
  }

  /** Waits until the background timers leave the checked collections alone (two equal reads 300 ms apart). */
  private async quiet(): Promise<void> {
    let last = storeTexts(this.dataDir)
    for (let i = 0; i < 30; i++) {
      await new Promise((r) => setTimeout(r, 300))
      const now = storeTexts(this.dataDir)
      if (changedKeys(last, now).length === 0) return
      last = now
    }
  }

  async tearDown(): Promise<void> {
    if (!this.gw || this.gw.child.exitCode !== null || this.gw.child.signalCode !== null) return
    this.gw.child.kill('SIGTERM')
    await this.exited()
  }
}
