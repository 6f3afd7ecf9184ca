// 志愿服务队 as a working unit: the rulebook pages and servers both read. Seeds: "一个团队提供一项专业服务，实现精准服务"
// (惠州, seed 003); 党员、青年、巾帼、银龄、老专家 teams (seeds 002, 004); "双报到" — party and league members report to their
// community and serve there (seed 001); "只要您愿意，我们都欢迎" (seed 002).
//
// Rules (one place each):
// - WHO FOUNDS: a community's coordinators found its teams (the seeds' teams are organised by the community, its party
//   and league organisations); any approved volunteer of the community joins or leaves freely. The founder leads
//   until the coordinator or the leader hands over to a member; a member who leads hands over before leaving.
// - KINDS are data per community (DEFAULT_TEAM_KINDS until a coordinator edits them); a kind in use is retired,
//   never deleted, so every team keeps a label.
// - ORDERS — TEAM FIRST, NOT ONLY (teamFirst*): a pending order of a category a team serves is reserved for that
//   team's members in the pool and for grabbing during the first half of the order's response time (SLA); after
//   that, and for every order escalated, any eligible volunteer may take it. Coordinators see the serving team's
//   members first among dispatch candidates and may still dispatch anyone eligible (the 调度中心 decides).
// - PROJECTS — TEAM ONLY: a project assigned to a team takes sign-ups from that team's members only; joining the
//   team is open to every volunteer of the community, so nobody is shut out (projectSignUpProblem).
// - HOURS (teamMinutes): a team's hours for a period are the service-record minutes (orders and projects; honorary
//   top-ups excluded) its CURRENT members served in the team's community in that period. Someone in two teams counts
//   in both, so team totals need not add up to the community's.
// - 双报到: party members' and league members' hours, by the 政治面貌 a volunteer chose to give (politicalStatus.ts).

export interface TeamKind {
  key: string
  label: string
  /** Retired kinds stay for the teams already of that kind; new teams cannot take them. */
  retired: boolean
}

export const DEFAULT_TEAM_KINDS: readonly TeamKind[] = [
  { key: 'party_member', label: '党员志愿队', retired: false },
  { key: 'youth', label: '青年志愿队', retired: false },
  { key: 'women', label: '巾帼志愿队', retired: false },
  { key: 'senior', label: '银龄志愿队', retired: false },
  { key: 'expert', label: '老专家志愿队', retired: false },
  { key: 'general', label: '其他', retired: false }
]
export const MAX_TEAM_KINDS = 20

/** The community's kinds: its stored list, or the defaults when it never edited them. */
export function teamKindsOf(stored: readonly TeamKind[] | null | undefined): TeamKind[] {
  return stored && stored.length ? stored.map((k) => ({ ...k })) : DEFAULT_TEAM_KINDS.map((k) => ({ ...k }))
}

/** The label of a team's kind ('其他' for a key the community no longer lists — never a raw key on screen). */
export function teamKindLabel(kinds: readonly TeamKind[], key: string): string {
  return kinds.find((k) => k.key === key)?.label ?? '其他'
}

/**
 * Problems with a new list of kinds replacing `current`, by field, in Chinese; empty when it may be saved. Every
 * current key must stay (retire it instead), labels are unique, and at least one kind is open to new teams.
 */
export function teamKindsProblems(
  current: readonly TeamKind[],
  next: ReadonlyArray<{ key: string | null; label: string; retired: boolean }>
): Record<string, string> {
  const problems: Record<string, string> = {}
  const keys = new Set(next.map((k) => k.key).filter(Boolean))
  const dropped = current.filter((k) => !keys.has(k.key))
  if (dropped.length) problems.kinds = `不能删除已有的类型（${dropped.map((k) => k.label).join('、')}），可以停用`
  const labels = next.map((k) => k.label)
  if (new Set(labels).size !== labels.length) problems.kinds = '类型名称不能重复'
  if (next.length > MAX_TEAM_KINDS) problems.kinds = `最多${MAX_TEAM_KINDS}种类型`
  if (!next.some((k) => !k.retired)) problems.kinds = '至少保留一种可用的类型'
  const unknown = next.filter((k) => k.key && !current.some((c) => c.key === k.key))
  if (unknown.length) problems.kinds = '类型编号不存在，请刷新后重试'
  return problems
}

// ---- Orders: team first -------------------------------------------------------------------------------------

/** Which teams serve which categories in a community (the summary the community document carries). */
export type TeamServes = Partial<Record<string, readonly string[]>>

export interface TeamFirstOrder {
  category: string
  urgency: 'normal' | 'urgent'
  createdAt: Date | string
}

/** Minutes of the head start the serving team's members have: half the order's response time (SLA). */
export function teamHeadStartMinutes(urgency: 'normal' | 'urgent', sla: { slaMinutes: number; urgentSlaMinutes: number }): number {
  return Math.floor((urgency === 'urgent' ? sla.urgentSlaMinutes : sla.slaMinutes) / 2)
}

/** The teams serving the order's category, while their head start lasts (empty once it is over or none serves it). */
export function reservingTeams(
  o: TeamFirstOrder,
  serves: TeamServes | null | undefined,
  sla: { slaMinutes: number; urgentSlaMinutes: number },
  now: Date
): string[] {
  const teams = serves?.[o.category] ?? []
  if (!teams.length) return []
  const ends = new Date(o.createdAt).getTime() + teamHeadStartMinutes(o.urgency, sla) * 60000
  return now.getTime() < ends ? [...teams] : []
}

/** Why a volunteer in `myTeams` may not grab the order yet (the team-first rule), in Chinese; empty when they may. */
export function teamFirstProblems(
  o: TeamFirstOrder,
  myTeams: readonly string[],
  serves: TeamServes | null | undefined,
  sla: { slaMinutes: number; urgentSlaMinutes: number },
  now: Date
): string[] {
  const reserved = reservingTeams(o, serves, sla, now)
  if (!reserved.length || reserved.some((t) => myTeams.includes(t))) return []
  return [`该类服务由承接的服务队优先接单，${teamHeadStartMinutes(o.urgency, sla)}分钟内无人接单后向全体志愿者开放`]
}

/**
 * The same rule as conditions on pending orders for a volunteer outside every team that serves `closedTo` (the
 * categories served by teams the volunteer is not in): an order passes iff its category is not one of them, or its
 * head start is over (created at or before `createdBefore` for its urgency).
 */
export function teamFirstWindow(
  serves: TeamServes | null | undefined,
  myTeams: readonly string[],
  sla: { slaMinutes: number; urgentSlaMinutes: number },
  now: Date
): { closedTo: string[]; createdBefore: Record<'normal' | 'urgent', Date> } | null {
  const closedTo = Object.entries(serves ?? {})
    .filter(([, teams]) => teams && teams.length && !teams.some((t) => myTeams.includes(t)))
    .map(([category]) => category)
  if (!closedTo.length) return null
  const at = (u: 'normal' | 'urgent') => new Date(now.getTime() - teamHeadStartMinutes(u, sla) * 60000)
  return { closedTo, createdBefore: { normal: at('normal'), urgent: at('urgent') } }
}

/** Candidate ranking: members of a team serving the order's category come first, with this reason. */
export function servingTeamReason(teamNames: readonly string[]): string {
  return `承接本类服务：${teamNames.join('、')}`
}

// ---- Projects: team only ------------------------------------------------------------------------------------

/** Why the caller may not sign up for a project assigned to `team`; null when they may. */
export function projectSignUpProblem(team: { id: string; name: string } | null, myTeams: readonly string[]): string | null {
  if (!team || myTeams.includes(team.id)) return null
  return `本项目由${team.name}承办，仅限该队队员报名；可先在“我的团队”加入该队`
}

// ---- Hours ---------------------------------------------------------------------------------------------------

/** A team's minutes from its current members' minutes (sum over members; absent members served nothing). */
export function teamMinutes(memberOpenids: readonly string[], minutesByOpenid: ReadonlyMap<string, number>): number {
  return memberOpenids.reduce((sum, o) => sum + (minutesByOpenid.get(o) ?? 0), 0)
}

/** Who may change a team: the community's coordinators everything; its leader the slogan and the handover. */
export type TeamEdit = 'name' | 'kind' | 'slogan' | 'leader' | 'categories' | 'projects'
export function mayEditTeam(edit: TeamEdit, who: { coordinator: boolean; leader: boolean }): boolean {
  if (who.coordinator) return true
  return who.leader && (edit === 'slogan' || edit === 'leader')
}
