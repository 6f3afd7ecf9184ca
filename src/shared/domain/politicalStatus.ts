// 政治面貌: ONE list for the volunteer profile, the roster import and the 双报到 statistics. Optional on the profile
// and personal (条例 art 20): shown only to the person and their community's coordinators, never to other members.
// The labels are the national form's wording (志愿者名册 / 全国志愿服务信息系统), so an imported roster's text maps
// onto a key with politicalStatusFromLabel.

export const POLITICAL_STATUSES = ['party_member', 'probationary_party_member', 'league_member', 'democratic_party', 'non_party', 'masses', 'other'] as const
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number]
export const POLITICAL_STATUS_LABELS: Record<PoliticalStatus, string> = {
  party_member: '中共党员',
  probationary_party_member: '中共预备党员',
  league_member: '共青团员',
  democratic_party: '民主党派成员',
  non_party: '无党派人士',
  masses: '群众',
  other: '其他'
}

/**
 * 双报到 (seed 001: 党员、团员到社区报到服务): the groups the statistics report on and the statuses in each — a
 * probationary party member reports with the party members.
 */
export const DUAL_REPORT_GROUPS = [
  { key: 'party', label: '党员', statuses: ['party_member', 'probationary_party_member'] },
  { key: 'league', label: '团员', statuses: ['league_member'] }
] as const satisfies ReadonlyArray<{ key: string; label: string; statuses: readonly PoliticalStatus[] }>
export type DualReportGroup = (typeof DUAL_REPORT_GROUPS)[number]['key']

/** The key for a label as a roster writes it (null for text that is none of them). */
export function politicalStatusFromLabel(label: string | null | undefined): PoliticalStatus | null {
  const hit = POLITICAL_STATUSES.find((k) => POLITICAL_STATUS_LABELS[k] === label?.trim())
  return hit ?? null
}
