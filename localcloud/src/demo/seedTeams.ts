// Demo teams as working units, made through the `api` function the way a coordinator and volunteers would: the
// coordinator founds 文昌社区党员先锋队 (it serves 法律咨询 — 党员律师进社区 — and runs the 防诈骗知识进社区 project),
// volunteers join, the coordinator hands it over to a member and assigns it the category and the project; volunteers
// give their 政治面貌 (双报到). The silver-age team (seedTeamsFamily.ts) gets a leader from among its members. Runs
// last in seedAll, so the team-first rule changes no other seed's flow; does nothing if the party team exists.
import type { FunctionRuntime } from '../runtime'
import { DEMO_COORDINATOR, demoVolunteer } from './ids'
import { DEMO_TEAM_ID } from './seedTeamsFamily'

type Runtime = Pick<FunctionRuntime, 'invoke'>

/** Party team members (the first, who offers 法律咨询, leads it): among the approved volunteers 1–17. */
const PARTY_MEMBERS = [7, 4, 11, 6, 8]
/** 政治面貌 the demo volunteers gave (the others left it blank). */
const POLITICAL: Record<number, string> = {
  7: 'party_member',
  4: 'party_member',
  11: 'party_member',
  6: 'league_member',
  8: 'probationary_party_member',
  9: 'league_member',
  12: 'party_member',
  3: 'masses'
}

export async function seedTeams(runtime: Runtime): Promise<void> {
  const call = async (openid: string, action: string, input: unknown, requestId?: string): Promise<any> => {
    const { result } = await runtime.invoke('api', { action, input, ...(requestId ? { requestId } : {}) }, openid)
    const reply = result as { ok: boolean; data?: any; error?: { code: string } }
    if (!reply.ok) throw new Error(`demo ${action} for ${openid} failed: ${reply.error?.code}`)
    return reply.data
  }
  const { teams } = await call(DEMO_COORDINATOR, 'teams.list', {})
  if (teams.some((t: { name: string }) => t.name === '文昌社区党员先锋队')) return

  for (const [n, status] of Object.entries(POLITICAL)) await call(demoVolunteer(Number(n)), 'volunteers.updateProfile', { politicalStatus: status })
  const team = await call(
    DEMO_COORDINATOR,
    'teams.create',
    { name: '文昌社区党员先锋队', kind: 'party_member', slogan: '我是党员我先上' },
    'demo-team-party-0001'
  )
  for (const n of PARTY_MEMBERS) await call(demoVolunteer(n), 'teams.join', { teamId: team.id })
  const leader = (await call(demoVolunteer(PARTY_MEMBERS[0]), 'volunteers.me', {})).volunteer
  await call(DEMO_COORDINATOR, 'teams.handOver', { teamId: team.id, volunteerId: leader.id })
  await call(DEMO_COORDINATOR, 'teams.assignCategories', { teamId: team.id, categories: ['legal_advice'] })
  const declared = (await call(DEMO_COORDINATOR, 'projects.list', { status: 'declared' })).items.find((p: { title: string }) => p.title === '防诈骗知识进社区')
  if (declared) await call(DEMO_COORDINATOR, 'teams.assignProject', { projectId: declared.id, teamId: team.id })

  // The silver-age team's first member leads it.
  const senior = (await call(demoVolunteer(1), 'volunteers.me', {})).volunteer
  await call(DEMO_COORDINATOR, 'teams.handOver', { teamId: DEMO_TEAM_ID, volunteerId: senior.id })
}
