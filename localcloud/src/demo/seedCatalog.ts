// The demo community's own service categories, added the way a coordinator adds them (catalog.add through the `api`
// function): 助餐送餐 (meal delivery, residents order it and volunteers grab it), 义剪 (free haircuts) and 心理疏导
// (counselling: residents may ask, but a coordinator chooses who goes — kept out of the grab pool). A few demo
// volunteers take them up as skills (volunteers.updateProfile), so such an order has candidates. The order rules
// (SLA etc.) are left at their defaults. Idempotent: fixed requestIds, so a second run adds nothing (catalog.add
// answers a replay with the entry it made), and a skill already held is not added twice.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoVolunteer } from './ids'

type Runtime = Pick<FunctionRuntime, 'invoke'>

export const DEMO_OWN_CATEGORIES = [
  { requestId: 'demo-category-meals', label: '助餐送餐', defaultMinutes: 45, minAge: 16, risky: false, residentDirect: true, grabPool: true },
  { requestId: 'demo-category-haircut', label: '义剪', defaultMinutes: 30, minAge: 18, risky: false, residentDirect: true, grabPool: true },
  { requestId: 'demo-category-counsel', label: '心理疏导', defaultMinutes: 60, minAge: 18, risky: false, residentDirect: true, grabPool: false }
]

/** Demo volunteers who offer each own category, by label. */
const OFFERED_BY: Record<string, number[]> = { 助餐送餐: [1, 2, 3], 义剪: [4], 心理疏导: [5] }

async function call<T>(runtime: Runtime, openid: string, action: string, input: unknown): Promise<T> {
  const { result } = await runtime.invoke('api', { action, input }, openid)
  const reply = result as { ok: boolean; data?: T; error?: { code: string } }
  if (!reply.ok || reply.data === undefined) throw new Error(`demo ${action} as ${openid} failed: ${reply.error?.code}`)
  return reply.data
}

/** Adds the categories and gives them to a few volunteers; returns their keys by label. */
export async function seedCatalog(runtime: Runtime): Promise<Record<string, string>> {
  const keys: Record<string, string> = {}
  for (const input of DEMO_OWN_CATEGORIES) keys[input.label] = (await call<{ category: string }>(runtime, DEMO_COORDINATOR, 'catalog.add', input)).category
  for (const [label, volunteers] of Object.entries(OFFERED_BY)) {
    for (const n of volunteers) {
      const { volunteer } = await call<{ volunteer: { skills: string[] } | null }>(runtime, demoVolunteer(n), 'volunteers.me', {})
      if (!volunteer || volunteer.skills.includes(keys[label])) continue
      await call(runtime, demoVolunteer(n), 'volunteers.updateProfile', { skills: [...volunteer.skills, keys[label]].slice(-10) })
    }
  }
  return keys
}
