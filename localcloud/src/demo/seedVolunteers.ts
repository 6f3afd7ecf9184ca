// Demo registrations, made the way people make them: each demo volunteer calls volunteers.register through the
// `api` function and the coordinator reviews through volunteers.review — so IDs are encrypted, numbers issued
// and roles granted by the product's own code. 17 approved, 2 adults pending, 1 minor pending with a guardian;
// the approved ones offering risky services are insured (volunteers.addInsurance).
import { checkDigit } from '../../../src/shared/domain/idcard'
import { SERVICE_CATEGORIES } from '../../../src/shared/contracts'
import { DEFAULT_CATALOG } from '../../../src/shared/domain/order'
import { formatShanghai, shanghaiDay } from '../../../src/shared/time'
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoVolunteer } from './ids'
import { demoName } from './seed'

type Runtime = Pick<FunctionRuntime, 'invoke'>
const DAY = 86400000
/** The default catalogue's risky services (insurance needed). */
const RISKY = SERVICE_CATEGORIES.filter((c) => DEFAULT_CATALOG[c].risky) as string[]

const SKILL_SETS = [
  ['elder_visit', 'companionship'],
  ['repair'],
  ['shopping', 'escort'],
  ['phone_lessons', 'tutoring'],
  ['cleaning', 'elder_visit'],
  ['medical_advice'],
  ['legal_advice']
]

export function demoIdNumber(i: number, birth: string): string {
  const first17 = '441302' + birth.replace(/-/g, '') + String(100 + i).slice(-3)
  return first17 + checkDigit(first17)
}

async function call(runtime: Runtime, openid: string, action: string, input: unknown): Promise<any> {
  const { result } = await runtime.invoke('api', { action, input }, openid)
  const reply = result as { ok: boolean; data?: any; error?: { code: string } }
  if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
  return reply.data
}

export async function seedVolunteers(runtime: Runtime, now: Date): Promise<number> {
  // The minor is 15 or 16 on the demo's day whatever the year (a fixed birth date would come of age one day).
  const minorBirth = `${Number(formatShanghai(now, 'YYYY')) - 16}-04-18`
  const risky: string[] = []
  for (let n = 1; n <= 20; n++) {
    const minor = n === 20
    const birth = minor ? minorBirth : `${1960 + ((n * 3) % 40)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`
    const reg = await call(runtime, demoVolunteer(n), 'volunteers.register', {
      realName: demoName(n + 2),
      idNumber: demoIdNumber(n, birth),
      phone: `139${String(10000000 + n * 7919).slice(-8)}`,
      skills: SKILL_SETS[n % SKILL_SETS.length],
      availability: n % 2 ? ['weekday_evening', 'weekend_morning'] : ['weekend_afternoon'],
      serviceArea: '文昌社区',
      serviceLocation: { longitude: 114.4155 + n * 0.0007, latitude: 23.1115 - n * 0.0005 },
      guardian: minor ? { name: '张建华', phone: '13602020202', relation: 'mother', consent: true } : null
    })
    if (n <= 17) await call(runtime, DEMO_COORDINATOR, 'volunteers.review', { volunteerId: reg.id, decision: 'approve' })
    if (n <= 17 && SKILL_SETS[n % SKILL_SETS.length].some((skill) => RISKY.includes(skill))) risky.push(reg.id)
  }
  // 条例 art 17: the approved volunteers offering risky services (家电维修, 陪同就医) are covered by one group
  // accident policy, a year long around `now`, so those orders can be served in the demo.
  await call(runtime, DEMO_COORDINATOR, 'volunteers.addInsurance', {
    requestId: 'demo-insurance-policy-1',
    insurer: '中国人保财险',
    policyNo: 'PICC-ZYZ-0001',
    from: shanghaiDay(new Date(now.getTime() - 30 * DAY)),
    to: shanghaiDay(new Date(now.getTime() + 335 * DAY)),
    volunteerIds: risky
  })
  return 20
}
