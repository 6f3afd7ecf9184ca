// Demo time bank, made through the `api` function like people make it: after the demo orders (whose completion
// already paid their volunteers and wrote service records), the coordinator sets the certificate signer and opens
// 余欣怡's account with a gift of hours (so "用我的时间" works in the demo), adds an honorary top-up; the busiest
// volunteer links their mother (a WeChat user who confirms with the code), transfers her some hours, and asks
// for a certificate of the past year. Runs once, after seedOrders; does nothing if the gift already exists.
import type { FunctionRuntime } from '../runtime'
import { formatShanghai } from '../../../src/shared/time'
import { DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>

export async function seedTimebank(runtime: Runtime, now: Date): Promise<number> {
  const call = async (openid: string, action: string, input: unknown): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  const resident = demoResident(1)
  if ((await call(resident, 'timebank.account', {})).totals.earned > 0) return 0

  await call(DEMO_COORDINATOR, 'communities.updateCertificateInfo', { personInCharge: '王建国', handler: '李协调', contact: '0752-2881234' })
  await call(DEMO_COORDINATOR, 'timebank.adjust', { requestId: 'demo-gift-resident-01', userId: resident, minutes: 300, reason: '社区时间银行开户赠送' })
  // The volunteer whose orders earned the most: they give some to their mother and ask for a certificate.
  const balances = await Promise.all(
    Array.from({ length: 17 }, (_, i) => call(demoVolunteer(i + 1), 'timebank.account', {}).then((a) => ({ n: i + 1, balance: a.balance as number })))
  )
  const busiest = balances.sort((a, b) => b.balance - a.balance)[0]
  const volunteer = demoVolunteer(busiest.n)
  const { volunteer: record } = await call(volunteer, 'volunteers.me', {})
  await call(DEMO_COORDINATOR, 'records.addHonorary', {
    requestId: 'demo-honorary-01',
    volunteerId: record.id,
    minutes: 120,
    reason: '社区疫苗接种点志愿服务表彰'
  })
  const mother = demoResident(3)
  const link = await call(volunteer, 'family.link', { relation: 'parent', memberName: '母亲', memberUsesPhone: true })
  await call(mother, 'family.confirm', { code: link.confirmCode })
  const gift = Math.min(60, busiest.balance)
  if (gift > 0) await call(volunteer, 'timebank.transfer', { requestId: 'demo-transfer-01', toUserId: mother, minutes: gift, note: '给妈妈' })
  // The past year as of the demo's instant (China-time days), not the machine's clock.
  const today = formatShanghai(now, 'YYYY-MM-DD')
  const yearAgo = formatShanghai(new Date(now.getTime() - 365 * 86400000), 'YYYY-MM-DD')
  await call(volunteer, 'certificates.issue', { requestId: 'demo-certificate-01', from: yearAgo, to: today })
  return 1
}
