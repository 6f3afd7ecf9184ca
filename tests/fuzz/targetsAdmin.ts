// The bad-input suite's targets for teams' management, the service catalogue and rate limits, 社区管理, the street's
// boards and 名册 (import, claim, national export): the caller holding the role (in community A / street A), a
// VALID input naming A's targets, B's as `foreign`, and `fresh` targets where a success moves its target. Async:
// a roster file is uploaded and one person imported first (the claim's base input matches them).
import type { ActionName } from '../../src/shared/contracts'
import { DEFAULT_TEAM_KINDS } from '../../src/shared/domain/teams'
import type { TestCloud } from '../fixtures/localCloud'
import { expectOk as must } from '../fixtures/api'
import { aUser } from '../fixtures/people'
import { rosterCsv, rosterRow, uploadRoster } from '../fixtures/roster'
import { projectInput } from '../fixtures/authWorldActivities'
import { aSealedVolunteer, LOCATION, PLATFORM_ADMIN, type AuthWorld, type Call } from '../fixtures/authWorld'
import type { Target } from './targets'

let n = 0
const R = 'resident-A',
  C = 'coordinator-A',
  SA = 'sadmin-A',
  CLAIMER = 'claimer-A'

/** A one-person roster (new people each call) in coordinator-A's roster folder. */
const rosterFile = (tc: TestCloud, owner = C) => {
  const person = rosterRow(0, 900 + n++)
  return uploadRoster(tc.cloud, owner, `fuzz-${n}.csv`, rosterCsv([person])).then((fileId: string) => ({ fileId, person }))
}

/** The community as stored: an edit that keeps name, code and address (a coordinator may send it). */
function communityEdit(tc: TestCloud, id: string) {
  const c = tc.store.get('communities', id)!.doc as { name: string; code: string; address: string; version?: number }
  return { communityId: id, version: c.version ?? 0, requestId: `fuzz-community-${n++}`, name: c.name, code: c.code, address: c.address }
}

export async function adminTargets(tc: TestCloud, call: Call, w: AuthWorld): Promise<Partial<Record<ActionName, Target>>> {
  const file = await rosterFile(tc)
  const foreignFile = await rosterFile(tc, 'coordinator-B')
  // One imported person for the claim, and a member of no volunteer record to claim them.
  const claimed = await rosterFile(tc)
  must(await call(C, 'volunteers.importRoster', { requestId: 'fuzz-import-claim', fileId: claimed.fileId, dryRun: false }))
  await aUser(tc.db, CLAIMER, 'cA')
  const p = claimed.person
  let teams = 0
  return {
    'teams.get': { as: R, input: () => ({ teamId: w.team.A }), foreign: () => ({ teamId: w.team.B }) },
    'teams.update': {
      as: C,
      input: () => ({ teamId: w.team.A, name: 'A队', kind: 'youth', slogan: '同心' }),
      foreign: () => ({ teamId: w.team.B, slogan: '越权' })
    },
    // A new team of A with a new member each (the handover moves the lead for good).
    'teams.handOver': {
      as: C,
      input: () => ({ teamId: w.team.A, volunteerId: w.volunteer.A }),
      foreign: () => ({ teamId: w.team.B, volunteerId: w.volunteer.B }),
      fresh: async () => {
        const k = teams++
        const teamId = must(await call(C, 'teams.create', { name: `交接队${k}`, kind: 'general' })).id
        const volunteerId = await aSealedVolunteer(tc.db, `fuzz-member-${k}`, 'cA')
        must(await call(`fuzz-member-${k}`, 'teams.join', { teamId }))
        return { teamId, volunteerId }
      }
    },
    'teams.assignCategories': {
      as: C,
      input: () => ({ teamId: w.team.A, categories: ['shopping', 'repair'] }),
      foreign: () => ({ teamId: w.team.B, categories: ['shopping'] })
    },
    'teams.assignProject': {
      as: C,
      input: () => ({ projectId: w.project.A.declared, teamId: w.team.A }),
      foreign: () => ({ projectId: w.project.B.declared, teamId: w.team.B }),
      fresh: async () => ({ projectId: must(await call(C, 'projects.declare', projectInput())).id })
    },
    'teams.saveKinds': { as: C, input: () => ({ kinds: [...DEFAULT_TEAM_KINDS, { key: null, label: '应急队', retired: false }] }) },
    'teams.stats': { as: C, input: () => ({ year: 2026 }), foreign: () => ({ communityId: 'cB' }) },
    'catalog.add': {
      as: C,
      input: () => ({ requestId: `fuzz-cat-${n++}`, label: '义诊', defaultMinutes: 60, minAge: 18, risky: false, residentDirect: true, grabPool: true })
    },
    'catalog.retire': { as: C, input: () => ({ category: 'tutoring', retired: true }) },
    'communities.updateRateLimits': {
      as: C,
      input: () => ({ limits: [{ action: 'orders.create', windowMinutes: 60, perUser: 5, perCommunity: 100 }] })
    },
    'communities.get': { as: C, input: () => ({ communityId: 'cA' }), foreign: () => ({ communityId: 'cB' }) },
    'communities.coordinators': { as: C, input: () => ({ communityId: 'cA' }), foreign: () => ({ communityId: 'cB' }) },
    // As its coordinator: a new map point and 常住人口 (a changed name or code from them is FORBIDDEN).
    'communities.update': {
      as: C,
      input: () => ({ ...communityEdit(tc, 'cA'), location: { longitude: LOCATION.longitude + 0.001, latitude: LOCATION.latitude }, population: 5000 }),
      foreign: () => ({ ...communityEdit(tc, 'cB'), location: LOCATION, population: 1 })
    },
    'communities.joinQr': { as: C, input: () => ({ communityId: 'cA' }), foreign: () => ({ communityId: 'cB' }) },
    'communities.members': { as: SA, input: () => ({ communityId: 'cA', query: 'resident' }), foreign: () => ({ communityId: 'cB', query: 'resident' }) },
    // A second coordinator of A each (never the last one).
    'communities.removeCoordinator': {
      as: SA,
      input: () => ({ communityId: 'cA', userId: 'appointee-A' }),
      foreign: () => ({ communityId: 'cB', userId: 'coordinator-B' }),
      fresh: async () => {
        const userId = `fuzz-coordinator-${n++}`
        await aUser(tc.db, userId, 'cA')
        must(await call(PLATFORM_ADMIN, 'communities.appointCoordinator', { communityId: 'cA', userId }))
        return { userId }
      }
    },
    'streets.communities': { as: SA, input: () => ({ streetId: w.street.A }), foreign: () => ({ streetId: w.street.B }) },
    'streets.board': { as: SA, input: () => ({ streetId: w.street.A }), foreign: () => ({ streetId: w.street.B }) },
    // A new file (new people) for each valid input; another's upload folder is refused.
    'volunteers.importRoster': {
      as: C,
      input: () => ({ requestId: `fuzz-import-${n++}`, fileId: file.fileId, dryRun: false }),
      foreign: () => ({ requestId: `fuzz-import-${n++}`, fileId: foreignFile.fileId, dryRun: false }),
      fresh: async () => ({ fileId: (await rosterFile(tc)).fileId })
    },
    'volunteers.claim': { as: CLAIMER, input: () => ({ realName: p['姓名']!, idNumber: p['证件号码']!, phone: p['手机号']! }) },
    'exports.nationalRoster': {
      as: SA,
      input: () => ({ communityId: 'cA', purpose: '报送全国志愿服务信息系统' }),
      foreign: () => ({ communityId: 'cB', purpose: '报送全国志愿服务信息系统' })
    }
  }
}
