// Fresh targets for the matrix rows: each call gets its own item of a side's community in the state the action
// needs, so one caller's success never turns the next caller's call into a refusal for the wrong reason.
import { expectOk as must } from '../../fixtures/api'
import { aUser, registration } from '../../fixtures/people'
import { aSealedVolunteer as aVolunteer, PLATFORM_ADMIN, type Side } from '../../fixtures/authWorld'
import { rosterCsv, rosterRow, uploadRoster, type RosterRow } from '../../fixtures/roster'
import { aReport, beneficiaryInput, projectInput, somePoints } from '../../fixtures/authWorldActivities'
import type { Env } from './matrix'

const coordinatorOf = (side: Side) => `coordinator-${side}`

/** A pending volunteer registration of a new member of the side's community. */
export async function freshApplicant(e: Env, side: Side): Promise<string> {
  const openid = `applicant-${side}-${e.n()}`
  await aUser(e.tc.db, openid, `c${side}`)
  return must(await e.call(openid, 'volunteers.register', registration())).id
}

/** An approved volunteer of the side's community (suspended if asked). */
export function freshVolunteer(e: Env, side: Side, over: Record<string, unknown> = {}): Promise<string> {
  return aVolunteer(e.tc.db, `fresh-volunteer-${side}-${e.n()}`, `c${side}`, over)
}

export async function freshBeneficiary(e: Env, side: Side): Promise<string> {
  return must(await e.call(coordinatorOf(side), 'beneficiaries.add', beneficiaryInput())).id
}

/** A time-bank adjustment (to volunteer-X) to reverse. */
export async function freshPosting(e: Env, side: Side): Promise<string> {
  const input = { requestId: `auth-posting-${e.n()}`, userId: `volunteer-${side}`, minutes: 10, reason: '待冲正' }
  return must(await e.call(coordinatorOf(side), 'timebank.adjust', input)).postingId
}

/** A project of the side's community: declared, published, joined (by volunteer-X), attended or completed. */
export async function freshProject(e: Env, side: Side, stage: 'declared' | 'published' | 'joined' | 'attended' | 'completed'): Promise<string> {
  const c = coordinatorOf(side)
  const id = must(await e.call(c, 'projects.declare', projectInput())).id
  if (stage === 'declared') return id
  must(await e.call(c, 'projects.review', { projectId: id, decision: 'approve' }))
  if (stage === 'joined') must(await e.call(`volunteer-${side}`, 'projects.signUp', { projectId: id }))
  if (stage === 'attended' || stage === 'completed') must(await e.call(c, 'projects.attendance', { projectId: id, session: 0, present: [] }))
  if (stage === 'completed') must(await e.call(c, 'projects.complete', { projectId: id }))
  return id
}

/** A report of the side's community (filed by resident-X, held by volunteer-X once dispatched). */
export function freshReport(e: Env, side: Side, status: 'filed' | 'dispatched' | 'rectified' | 'closed'): Promise<string> {
  return aReport(e.tc, `fresh-${status}-${side}-${e.n()}`, side, status)
}

/** A pending redemption of a new reward by resident-X (given the points for it). */
export async function freshRedemption(e: Env, side: Side): Promise<string> {
  const k = e.n()
  await somePoints(`resident-${side}`, `c${side}`, 600, `fresh-${side}-${k}`)
  const reward = must(
    await e.call(coordinatorOf(side), 'rewards.upsert', { requestId: `auth-reward-${k}`, name: '纪念徽章', kind: 'goods', cost: 1, stock: 5 })
  )
  return must(await e.call(`resident-${side}`, 'rewards.redeem', { rewardId: reward.id, requestId: `auth-redeem-${k}` })).redemption.id
}

/** A new team of the side's community (led by its coordinator) with a fresh volunteer as its member, to hand over to. */
export async function freshTeamWithMember(e: Env, side: Side): Promise<{ teamId: string; volunteerId: string }> {
  const k = e.n()
  const teamId = must(await e.call(coordinatorOf(side), 'teams.create', { name: `交接队${k}`, kind: 'general' })).id
  const openid = `member-${side}-${k}`
  const volunteerId = await aVolunteer(e.tc.db, openid, `c${side}`)
  must(await e.call(openid, 'teams.join', { teamId }))
  return { teamId, volunteerId }
}

/** A second coordinator of the side's community (appointed by the platform admin), so one may be removed. */
export async function freshCoordinator(e: Env, side: Side): Promise<string> {
  const openid = `second-coordinator-${side}-${e.n()}`
  await aUser(e.tc.db, openid, `c${side}`)
  must(await e.call(PLATFORM_ADMIN, 'communities.appointCoordinator', { communityId: `c${side}`, userId: openid }))
  return openid
}

/** A one-person roster file (new people each call) in `openid`'s own roster folder: its fileID and the person. */
export async function freshRoster(e: Env, openid: string): Promise<{ fileId: string; person: RosterRow }> {
  const k = e.n()
  const person = rosterRow(0, 500 + k)
  return { fileId: await uploadRoster(e.tc.cloud, openid, `auth-${k}.csv`, rosterCsv([person])), person }
}

/** The claim of a person just imported into the side's community by its coordinator (not yet claimed). */
export async function freshClaim(e: Env, side: Side): Promise<{ realName: string; idNumber: string; phone: string }> {
  const { fileId, person } = await freshRoster(e, coordinatorOf(side))
  must(await e.call(coordinatorOf(side), 'volunteers.importRoster', { requestId: `auth-import-${e.n()}`, fileId, dryRun: false }))
  return { realName: person['姓名']!, idNumber: person['证件号码']!, phone: person['手机号']! }
}
