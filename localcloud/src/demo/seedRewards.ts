// Demo 积分商城, made through the `api` function like people make it: the coordinator puts five rewards on the shelf
// (three goods, two privileges, one of them nearly sold out), and the volunteer with the most 爱心积分 redeems one, so
// 我的兑换 and the coordinator's 待领取 list have something in them. The volunteers' points need no seeding: the
// demo orders and projects earned them when their service records were written (repos/points.ts, in the record's
// own transaction), at the default 10 per hour — so every balance matches that volunteer's records; the honorary
// top-up in seedTimebank earns none, and the year of history (seedYear.ts) is written outside the actions and earns
// none either. Runs after seedTimebank; does nothing if the catalogue already exists.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoVolunteer } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>

export const DEMO_REWARDS = [
  { requestId: 'demo-reward-haircut', name: '爱心理发券', kind: 'goods', cost: 5, stock: 20, description: '社区爱心理发店理发一次，凭领取码到服务站领券' },
  {
    requestId: 'demo-reward-checkup',
    name: '优先预约体检',
    kind: 'privilege',
    cost: 10,
    stock: 10,
    description: '社区卫生服务中心年度体检优先预约，领取后请电话预约'
  },
  { requestId: 'demo-reward-card', name: '超市购物卡（50元）', kind: 'goods', cost: 30, stock: 8, description: '文昌路惠民超市购物卡，不兑现金' },
  { requestId: 'demo-reward-bus', name: '公交出行优惠', kind: 'privilege', cost: 8, stock: 30, description: '本月市内公交乘车八折，凭志愿者证使用' },
  { requestId: 'demo-reward-oil', name: '食用油一桶', kind: 'goods', cost: 20, stock: 1, description: '5升装，仅剩最后一桶' }
] as const

export async function seedRewards(runtime: Runtime): Promise<number> {
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  if ((await call(DEMO_COORDINATOR, 'rewards.list', { all: true })).items.length > 0) return 0
  const made = []
  for (const r of DEMO_REWARDS) made.push(await call(DEMO_COORDINATOR, 'rewards.upsert', r))
  const balances = await Promise.all(
    Array.from({ length: 17 }, (_, i) =>
      call(demoVolunteer(i + 1), 'points.account', {}).then((a) => ({ openid: demoVolunteer(i + 1), balance: a.balance as number }))
    )
  )
  const richest = balances.sort((a, b) => b.balance - a.balance)[0]
  const haircut = made[0]
  if (richest && richest.balance >= haircut.cost) await call(richest.openid, 'rewards.redeem', { rewardId: haircut.id, requestId: 'demo-redeem-01' })
  return made.length
}
