// One burst: concurrent workers call the gateway with a seeded mix of orders.create (own hours and public
// service), grab, checkIn, checkOut, confirm (settlement: posting, record, points, rollups), cancel (own hours:
// the hold's release), timebank.transfer and timebank.donate, until the gateway dies under them. Every { ok: true } reply is logged as acknowledged with
// what it claims; a call cut off by the kill has an unknown outcome (it may or may not have landed).
import type { Ack, MoveOp } from './checks'
import type { Rng } from './rng'
import { RESIDENTS, VOLUNTEERS, type OrderState, type World } from './world'

export interface Sent {
  openid: string
  event: { action: string; input: Record<string, unknown> }
}
export interface BurstResult {
  acks: Ack[]
  sent: Array<Sent & { ack: Ack }>
  refused: Record<string, number>
  cutOff: number
  calls: number
}

export async function callApi(url: string, openid: string, event: unknown): Promise<any> {
  const res = await fetch(`${url}/api/functions/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify(event)
  })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return res.json()
}

type Plan = { openid: string; event: Sent['event']; order?: OrderState; onOk: (data: any) => Ack }

/** The next call: a weighted pick among the moves the world allows right now. */
function plan(world: World, rng: Rng, tag: string, serverNow: () => number): Plan | null {
  const orders = [...world.orders.values()].filter((o) => !o.busy)
  const inStatus = (s: string) => orders.filter((o) => o.status === s)
  const choices: Array<[number, () => Plan | null]> = [
    [
      3,
      () => {
        const owner = rng.one(RESIDENTS)
        const funding = rng.next() < 0.5 ? 'own_hours' : 'public_service'
        const start = serverNow() + 3600000
        const input = {
          requestId: `${tag}-c${rng.int(1e9)}`,
          category: 'elder_visit',
          description: '帮老人量血压、聊聊天',
          addressId: world.addresses[owner],
          windowStart: new Date(start).toISOString(),
          windowEnd: new Date(start + 5 * 86400000).toISOString(),
          funding
        }
        return {
          openid: owner,
          event: { action: 'orders.create', input },
          onOk: (d) => {
            world.orders.set(d.id, { id: d.id, owner, funding, status: d.status, volunteer: null, code: d.checkInCode, inServiceSince: null, busy: false })
            return { op: 'create', openid: owner, requestId: input.requestId, orderId: d.id, funding, status: d.status }
          }
        }
      }
    ],
    [4, () => move(rng.pick(inStatus('pending')), 'grab', () => rng.one(VOLUNTEERS))],
    [
      4,
      () =>
        move(
          rng.pick(inStatus('accepted')),
          'checkIn',
          (o) => o.volunteer!,
          (o) => ({ code: o.code })
        )
    ],
    // Only after a served minute of the gateway's clock: floored to whole minutes, a shorter service pays nothing,
    // and a fast machine could otherwise finish every service of a run inside its first minute (no hours settled).
    [4, () => move(rng.pick(inStatus('in_service').filter((o) => serverNow() - (o.inServiceSince ?? serverNow()) >= 60000)), 'checkOut', (o) => o.volunteer!)],
    [
      4,
      () =>
        move(
          rng.pick(inStatus('awaiting_confirmation')),
          'confirm',
          (o) => o.owner,
          () => ({ stars: 5 })
        )
    ],
    // Cancelling an own-hours order releases its hold: the move and the release must land together.
    [
      1,
      () =>
        move(
          rng.pick(orders.filter((o) => ['pending', 'accepted'].includes(o.status) && o.funding === 'own_hours')),
          'cancel',
          (o) => o.owner,
          () => ({ reason: '家人已帮忙' })
        )
    ],
    [
      2,
      () => {
        const from = rng.one(RESIDENTS)
        const to = rng.one([...RESIDENTS, ...VOLUNTEERS].filter((x) => x !== from))
        const input = { requestId: `${tag}-t${rng.int(1e9)}`, toUserId: to, minutes: 1 + rng.int(20) }
        return {
          openid: from,
          event: { action: 'timebank.transfer', input },
          onOk: (d) => ({
            op: 'transfer',
            openid: from,
            requestId: input.requestId,
            postingId: d.postingId,
            minutes: input.minutes,
            toOpenid: to,
            balance: d.account.balance
          })
        }
      }
    ],
    [
      1,
      () => {
        const from = rng.one([...RESIDENTS, ...VOLUNTEERS])
        const input = { requestId: `${tag}-d${rng.int(1e9)}`, minutes: 1 + rng.int(10) }
        return {
          openid: from,
          event: { action: 'timebank.donate', input },
          onOk: (d) => ({
            op: 'donate',
            openid: from,
            requestId: input.requestId,
            postingId: d.postingId,
            minutes: input.minutes,
            toOpenid: null,
            balance: d.account.balance
          })
        }
      }
    ]
  ]
  function move(
    o: OrderState | undefined,
    op: MoveOp,
    who: (o: OrderState) => string,
    extra: (o: OrderState) => Record<string, unknown> = () => ({})
  ): Plan | null {
    if (!o) return null
    const openid = who(o)
    return {
      openid,
      order: o,
      event: { action: `orders.${op}`, input: { orderId: o.id, ...extra(o) } },
      onOk: (d) => {
        Object.assign(o, {
          status: d.status,
          volunteer: op === 'grab' ? openid : o.volunteer,
          inServiceSince: op === 'checkIn' ? serverNow() : o.inServiceSince
        })
        return { op, openid, orderId: o.id, status: d.status }
      }
    }
  }
  for (let tries = 0; tries < 50; tries++) {
    const total = choices.reduce((a, [w]) => a + w, 0)
    let r = rng.next() * total
    const [, make] = choices.find(([w]) => (r -= w) < 0) ?? choices[0]
    const p = make()
    if (p) return p
  }
  return null
}

/** Runs `workers` concurrent callers until `dead()` says the gateway is gone (or `maxCalls` were made). */
export async function burst(
  url: string,
  world: World,
  rng: Rng,
  tag: string,
  opts: { workers: number; dead: () => boolean; serverNow: () => number; maxCalls?: number }
): Promise<BurstResult> {
  const out: BurstResult = { acks: [], sent: [], refused: {}, cutOff: 0, calls: 0 }
  const worker = async () => {
    while (!opts.dead() && out.calls < (opts.maxCalls ?? 20000)) {
      const p = plan(world, rng, tag, opts.serverNow)
      if (!p) return
      out.calls++
      if (p.order) p.order.busy = true
      try {
        const reply = await callApi(url, p.openid, p.event)
        if (reply?.ok) {
          const ack = p.onOk(reply.data)
          out.acks.push(ack)
          out.sent.push({ openid: p.openid, event: p.event, ack })
        } else {
          const code = reply?.error?.code ?? 'NO_REPLY'
          out.refused[code] = (out.refused[code] ?? 0) + 1
        }
      } catch (e) {
        const status = /^HTTP (\d+)/.exec((e as Error).message)?.[1]
        if (status && !opts.dead()) {
          out.refused[`HTTP_${status}`] = (out.refused[`HTTP_${status}`] ?? 0) + 1 // e.g. a function time limit: outcome unknown too
          continue
        }
        out.cutOff++ // the gateway died under this call: its outcome is unknown
        return
      } finally {
        if (p.order) p.order.busy = false
      }
    }
  }
  await Promise.all(Array.from({ length: opts.workers }, worker))
  return out
}
