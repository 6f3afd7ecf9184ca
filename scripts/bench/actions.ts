// The bench's main actions: for run i, `prepare` does what must be true first (unmeasured: a new user, an order
// created / grabbed / checked in / checked out) and returns who calls with what; only that call is measured.
// Actors rotate over the seeded communities' people (scripts/seed/people.ts ids), so no volunteer, resident or
// account is worn out by repetition (daily transfer cap, open orders). Orders are elder visits: non-risky, and
// every actor volunteer offers that skill, so grab and dispatch are eligible.
import { randomInt } from 'crypto'
import { checkDigit } from '../../src/shared/domain/idcard'
import { shanghaiDay } from '../../src/shared/time'
import { coordinatorId, residentId } from '../seed/people'
import { PRIVACY_VERSION } from '../../src/shared/privacy/guide'

export interface Reply {
  ok: boolean
  data?: any
  error?: { code: string; message?: string }
}
export type Call = (openid: string, action: string, input?: unknown) => Promise<Reply>
export interface Actor {
  openid: string
  id: string
  c: number
}
/** `settle`: one run of the settle worker; resolves to how many orders it settled or counted. */
export interface Ctx {
  call: Call
  db: any
  store: any
  volunteers: Actor[]
  communities: number
  tag: string
  settle(): Promise<number>
}
export interface Prepared {
  openid: string
  input: unknown
}
/** `fn: 'settle'`: the measured call is one run of the settle worker (cloudfunctions/settle), not an api action. */
export interface Spec {
  action: string
  label?: string
  fn?: 'settle'
  prepare(ctx: Ctx, i: number): Promise<Prepared>
}

let seq = 0
const req = (ctx: Ctx, what: string) => `bench-${ctx.tag}-${what}-${Date.now().toString(36)}-${++seq}`

async function ok(ctx: Ctx, openid: string, action: string, input: unknown): Promise<any> {
  const r = await ctx.call(openid, action, input)
  if (!r.ok) throw new Error(`(setup) ${action} by ${openid} failed: ${r.error?.code} ${r.error?.message ?? ''}`)
  return r.data
}

/** Run i's volunteer and, from the same community, a resident and the coordinator. */
function cast(ctx: Ctx, i: number, offset: number) {
  const v = ctx.volunteers[(i * 7 + offset) % ctx.volunteers.length]
  return { v, resident: residentId(v.c, (i * 3 + offset) % 100), coordinator: coordinatorId(v.c, i % 2) }
}

function orderInput(ctx: Ctx, resident: string) {
  const start = new Date(Date.now() + 2 * 3600000)
  return {
    requestId: req(ctx, 'order'),
    category: 'elder_visit',
    description: '帮老人量血压、聊聊天',
    addressId: `addr-${resident}`,
    windowStart: start.toISOString(),
    windowEnd: new Date(start.getTime() + 3 * 3600000).toISOString()
  }
}

const created = async (ctx: Ctx, resident: string) => ok(ctx, resident, 'orders.create', orderInput(ctx, resident))

/** An order served for an hour and checked out, waiting for the resident's confirmation. */
async function served(ctx: Ctx, i: number, offset: number) {
  const { v, resident, o } = await grabbed(ctx, i, offset)
  await ok(ctx, v.openid, 'orders.checkIn', { orderId: o.id, code: o.checkInCode })
  // An hour of service, so the settlement pays real minutes through the ledger.
  await ctx.db
    .collection('orders')
    .doc(o.id)
    .update({ data: { checkInAt: new Date(Date.now() - 3600000) } })
  await ok(ctx, v.openid, 'orders.checkOut', { orderId: o.id })
  return { v, resident, o }
}
async function grabbed(ctx: Ctx, i: number, offset: number) {
  const { v, resident } = cast(ctx, i, offset)
  const o = await created(ctx, resident)
  await ok(ctx, v.openid, 'orders.grab', { orderId: o.id })
  return { v, resident, o }
}

export const SPECS: Spec[] = [
  { action: 'users.me', prepare: async (ctx, i) => ({ openid: cast(ctx, i, 0).resident, input: {} }) },
  {
    action: 'volunteers.register',
    async prepare(ctx, i) {
      const c = i % ctx.communities
      const openid = `bench-newvol-${ctx.tag}-${i}-${Date.now().toString(36)}`
      const at = new Date()
      ctx.store.commit([
        {
          coll: 'users',
          id: openid,
          doc: {
            _id: openid,
            _openid: openid,
            nickname: '新志愿者',
            avatarUrl: null,
            roles: ['resident'],
            communityId: `bc${String(c).padStart(4, '0')}`,
            consent: { version: PRIVACY_VERSION, at },
            createdAt: at,
            updatedAt: at
          }
        }
      ])
      // A random adult birth date and sequence: a reused store keeps earlier runs' registrations (idhash_unique).
      const birth = new Date(Date.UTC(1960, 0, 1) + randomInt(0, 40 * 365) * 86400000).toISOString().slice(0, 10).replace(/-/g, '')
      const first17 = `441302${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`
      return {
        openid,
        input: {
          realName: '王小明',
          idNumber: first17 + checkDigit(first17),
          phone: '13800138000',
          skills: ['elder_visit', 'shopping'],
          availability: ['weekend_morning'],
          serviceArea: '本社区',
          serviceLocation: { longitude: 114.31, latitude: 22.96 }
        }
      }
    }
  },
  {
    action: 'orders.create',
    prepare: async (ctx, i) => {
      const r = cast(ctx, i, 1).resident
      return { openid: r, input: orderInput(ctx, r) }
    }
  },
  { action: 'orders.pool', prepare: async (ctx, i) => ({ openid: cast(ctx, i, 2).v.openid, input: {} }) },
  {
    action: 'orders.grab',
    async prepare(ctx, i) {
      const { v, resident } = cast(ctx, i, 3)
      return { openid: v.openid, input: { orderId: (await created(ctx, resident)).id } }
    }
  },
  {
    action: 'orders.candidates',
    async prepare(ctx, i) {
      const { resident, coordinator } = cast(ctx, i, 4)
      return { openid: coordinator, input: { orderId: (await created(ctx, resident)).id } }
    }
  },
  {
    action: 'orders.dispatch',
    async prepare(ctx, i) {
      const { v, resident, coordinator } = cast(ctx, i, 5)
      return { openid: coordinator, input: { orderId: (await created(ctx, resident)).id, volunteerId: v.id } }
    }
  },
  {
    action: 'orders.checkIn',
    async prepare(ctx, i) {
      const { v, o } = await grabbed(ctx, i, 6)
      return { openid: v.openid, input: { orderId: o.id, code: o.checkInCode } }
    }
  },
  {
    action: 'orders.confirm',
    async prepare(ctx, i) {
      const { resident, o } = await served(ctx, i, 8)
      return { openid: resident, input: { orderId: o.id, stars: 5, tags: ['耐心细致'] } }
    }
  },
  {
    // The settlement of a confirmed order, seconds after the confirm: the settle worker's run that pays the hour
    // through the ledger and writes the service record, its totals, rollups and 爱心积分 — and nothing else (the
    // worker is drained before the confirm).
    action: 'settle',
    label: '↳ settlement (worker)',
    fn: 'settle',
    async prepare(ctx, i) {
      const { resident, o } = await served(ctx, i, 10)
      while (await ctx.settle()) {
        /* drain what earlier runs left (50 orders a run) */
      }
      await ok(ctx, resident, 'orders.confirm', { orderId: o.id, stars: 5, tags: ['耐心细致'] })
      return { openid: '', input: null }
    }
  },
  {
    action: 'timebank.transfer',
    async prepare(ctx, i) {
      const { v, resident } = cast(ctx, i, 9)
      return { openid: v.openid, input: { requestId: req(ctx, 'transfer'), toUserId: resident, minutes: 5, note: '谢谢邻居' } }
    }
  },
  { action: 'timebank.statement', prepare: async (ctx, i) => ({ openid: cast(ctx, i, 10).v.openid, input: {} }) },
  { action: 'stats.dashboard', prepare: async (ctx, i) => ({ openid: cast(ctx, i, 11).coordinator, input: {} }) },
  {
    action: 'certificates.issue',
    async prepare(ctx, i) {
      const today = shanghaiDay(new Date())
      const from = shanghaiDay(new Date(Date.now() - 364 * 86400000))
      return { openid: cast(ctx, i, 12).v.openid, input: { requestId: req(ctx, 'cert'), from, to: today } }
    }
  }
]
