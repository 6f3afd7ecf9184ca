// The seeded world the bad-input suite attacks: the shared world of the authorization matrix
// (tests/fixtures/authWorld.ts — streets A and B, communities A, A2, B, in each an order in every status, reports
// in every status, projects, a team, a family link, a reward and a redemption, a station, service records,
// time-bank postings, a beneficiary), plus the suite's own volunteer whose lifecycle it moves (mover-A).
// `seedWorld` returns, for every action, the caller holding the role it needs (in A) and a VALID input naming A's
// real targets (tests/fuzz/targets.ts); `foreign` swaps in B's; `fresh` makes a new target (tests/fuzz/fresh.ts).
import type { ActionName } from '../../src/shared/contracts'
import type { TestCloud } from '../fixtures/localCloud'
import { aSealedVolunteer as aVolunteer, seedAuthWorld, type AuthWorld, type Call } from '../fixtures/authWorld'
import { targetsOf, type Target } from './targets'
import { addFreshTargets } from './fresh'
import { adminTargets } from './targetsAdmin'

export type { Target }

/** Actions of the router with no target here: the bad-input suite names them (a new action needs a row). */
export function missingTargets(T: Partial<Record<ActionName, Target>>, actionNames: string[]): string[] {
  return actionNames.filter((a) => !T[a as ActionName])
}

/** Seeds the world and returns the per-action targets. Needs ADMIN_OPENIDS=admin-A. */
export async function seedWorld(tc: TestCloud, call: Call): Promise<Record<ActionName, Target>> {
  return (await seedFuzzWorld(tc, call)).targets
}

export async function seedFuzzWorld(tc: TestCloud, call: Call): Promise<{ world: AuthWorld; targets: Record<ActionName, Target> }> {
  const world = await seedAuthWorld(tc, call)
  // Lifecycle moves act on their own volunteer, never on volunteer-A whom the order actions need active.
  await aVolunteer(tc.db, 'mover-A', 'cA')
  const T = { ...targetsOf(tc, world), ...(await adminTargets(tc, call, world)) }
  await addFreshTargets(tc, call, world, T)
  // Typed complete for the suites that index it; an action missing here is named by badInput.test.ts.
  return { world, targets: T as Record<ActionName, Target> }
}
