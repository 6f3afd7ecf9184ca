// The team rulebook (src/shared/domain/teams.ts): the pool's condition and grab's check are one rule, kinds edits
// keep every kind, projects admit members only, and 政治面貌 labels map both ways.
import { DEFAULT_TEAM_KINDS, projectSignUpProblem, teamFirstProblems, teamFirstWindow, teamKindsProblems, teamKindLabel } from '../../src/shared/domain/teams'
import { POLITICAL_STATUSES, POLITICAL_STATUS_LABELS, politicalStatusFromLabel } from '../../src/shared/domain/politicalStatus'

const NOW = new Date('2026-05-12T02:00:00Z')
const SLA = { slaMinutes: 30, urgentSlaMinutes: 10 }
const SERVES = { elder_visit: ['t1'], repair: ['t2'] }

/** The pool's condition (teamFirstWindow) evaluated in memory as the database would. */
function poolAdmits(o: { category: string; urgency: 'normal' | 'urgent'; createdAt: Date }, myTeams: string[]): boolean {
  const w = teamFirstWindow(SERVES, myTeams, SLA, NOW)
  if (!w) return true
  return !w.closedTo.includes(o.category) || o.createdAt.getTime() <= w.createdBefore[o.urgency].getTime()
}

describe('team first', () => {
  it('the pool lists exactly the orders grab accepts, for members, non-members and every age of order', () => {
    for (const category of ['elder_visit', 'repair', 'shopping'])
      for (const urgency of ['normal', 'urgent'] as const)
        for (let age = 0; age <= 40; age++)
          for (const myTeams of [[], ['t1'], ['t2'], ['t1', 't2']]) {
            const o = { category, urgency, createdAt: new Date(NOW.getTime() - age * 60000) }
            expect([category, urgency, age, myTeams, poolAdmits(o, myTeams)]).toEqual([
              category,
              urgency,
              age,
              myTeams,
              teamFirstProblems(o, myTeams, SERVES, SLA, NOW).length === 0
            ])
          }
  })

  it('reserves for half the SLA, then opens to all', () => {
    const o = (age: number, urgency: 'normal' | 'urgent' = 'normal') => ({ category: 'elder_visit', urgency, createdAt: new Date(NOW.getTime() - age * 60000) })
    expect(teamFirstProblems(o(14), [], SERVES, SLA, NOW)).toHaveLength(1)
    expect(teamFirstProblems(o(15), [], SERVES, SLA, NOW)).toEqual([])
    expect(teamFirstProblems(o(4, 'urgent'), [], SERVES, SLA, NOW)).toHaveLength(1)
    expect(teamFirstProblems(o(5, 'urgent'), [], SERVES, SLA, NOW)).toEqual([])
    expect(teamFirstProblems(o(0), ['t1'], SERVES, SLA, NOW)).toEqual([])
    expect(teamFirstWindow({}, [], SLA, NOW)).toBeNull()
  })
})

describe('kinds', () => {
  const current = DEFAULT_TEAM_KINDS.map((k) => ({ ...k }))
  it('accepts renames, additions and retirements; refuses drops, duplicates, unknown keys and all retired', () => {
    expect(
      teamKindsProblems(current, [...current.map((k) => ({ ...k, retired: k.key === 'women' })), { key: null, label: '劳模志愿队', retired: false }])
    ).toEqual({})
    expect(teamKindsProblems(current, current.slice(1)).kinds).toContain('不能删除')
    expect(teamKindsProblems(current, [...current, { key: null, label: current[0].label, retired: false }]).kinds).toBe('类型名称不能重复')
    expect(teamKindsProblems(current, [...current, { key: 'k-made-up', label: '新', retired: false }]).kinds).toBe('类型编号不存在，请刷新后重试')
    expect(
      teamKindsProblems(
        current,
        current.map((k) => ({ ...k, retired: true }))
      ).kinds
    ).toBe('至少保留一种可用的类型')
    expect(teamKindLabel(current, 'no-such')).toBe('其他')
  })
})

describe('projects and 政治面貌', () => {
  it('a team project admits its members only; a project without a team admits everyone', () => {
    expect(projectSignUpProblem(null, [])).toBeNull()
    expect(projectSignUpProblem({ id: 't1', name: '党员先锋队' }, ['t1'])).toBeNull()
    expect(projectSignUpProblem({ id: 't1', name: '党员先锋队' }, ['t2'])).toContain('仅限该队队员报名')
  })

  it('maps every label back to its key, and other text to null', () => {
    for (const k of POLITICAL_STATUSES) expect(politicalStatusFromLabel(POLITICAL_STATUS_LABELS[k])).toBe(k)
    expect(politicalStatusFromLabel('党员')).toBeNull()
    expect(politicalStatusFromLabel(null)).toBeNull()
  })
})
