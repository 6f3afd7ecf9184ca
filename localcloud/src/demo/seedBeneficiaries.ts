// Demo register of beneficiaries (受助对象登记) in 文昌社区: people without WeChat the coordinator registered at the
// service centre, and one phone request recorded for the 独居 elder (orders.createFor) — pending, paid by the
// community pool, first on the 调度台 — so the coordinator sees intake for people without a phone end to end. Made
// the way a coordinator makes them, through the `api` function; fixed requestIds, so a second run creates nothing.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const HOUR = 3600000

export const DEMO_BENEFICIARIES = [
  {
    requestId: 'demo-beneficiary-01',
    name: '王秀英',
    phone: '0752-2345678',
    address: '文昌一路12号2栋101',
    location: { longitude: 114.4118, latitude: 23.1101 },
    tags: ['living_alone', 'advanced_age'],
    note: '耳背，敲门请大声；女儿在外地'
  },
  { requestId: 'demo-beneficiary-02', name: '李建国', phone: null, address: '文昌二路5号1栋302', location: null, tags: ['empty_nest'], note: null },
  {
    requestId: 'demo-beneficiary-03',
    name: '陈小宇',
    phone: '13602223344',
    address: '文华苑8栋201',
    location: { longitude: 114.4135, latitude: 23.1122 },
    tags: ['left_behind_child'],
    note: '由奶奶照看，电话为奶奶的手机'
  }
] as const

/** Registers the demo beneficiaries and records one request for the first; returns how many were registered. */
export async function seedBeneficiaries(runtime: Runtime, now: Date): Promise<number> {
  const call = async (action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, DEMO_COORDINATOR)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} failed: ${reply.error?.code}`)
    return reply.data
  }
  const ids: string[] = []
  for (const b of DEMO_BENEFICIARIES) ids.push((await call('beneficiaries.add', { ...b, tags: [...b.tags] })).id)
  // A phone call this morning: the elder asks for a visit this afternoon (window from the demo's instant).
  await call('orders.createFor', {
    requestId: 'demo-beneficiary-order-01',
    beneficiaryId: ids[0],
    category: 'elder_visit',
    description: '电话求助：想请人上门量血压、陪着聊聊天',
    windowStart: new Date(now.getTime() + 2 * HOUR).toISOString(),
    windowEnd: new Date(now.getTime() + 5 * HOUR).toISOString()
  })
  // The settle worker counts the new order on the 工作台, as its 5-second timer would right after.
  await runtime.invoke('settle', { Type: 'Timer', TriggerName: 'every5s', Time: now.toISOString() }, '', 'wx_timer')
  return ids.length
}
