// Chinese labels for values the shared contracts define but do not label (the shared ones are re-exported).
import type { ActionOutput, AVAILABILITY_SLOTS, GUARDIAN_RELATIONS, VOLUNTEER_STATUSES } from '../shared/contracts'

export type FamilyLink = ActionOutput<'family.list'>['links'][number]

export { SERVICE_CATEGORY_LABELS, FAMILY_RELATION_LABELS } from '../shared/contracts'

export const AVAILABILITY_LABELS: Record<(typeof AVAILABILITY_SLOTS)[number], string> = {
  weekday_morning: '工作日上午',
  weekday_afternoon: '工作日下午',
  weekday_evening: '工作日晚上',
  weekend_morning: '周末上午',
  weekend_afternoon: '周末下午',
  weekend_evening: '周末晚上'
}

export const GUARDIAN_RELATION_LABELS: Record<(typeof GUARDIAN_RELATIONS)[number], string> = {
  father: '父亲',
  mother: '母亲',
  grandparent: '祖父母/外祖父母',
  other_guardian: '其他监护人'
}

export const VOLUNTEER_STATUS_LABELS: Record<(typeof VOLUNTEER_STATUSES)[number], string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过'
}

export const FAMILY_STATUS_LABELS: Record<FamilyLink['status'], string> = {
  pending_member: '等待家人确认',
  pending_coordinator: '等待社区核实',
  active: '已生效',
  rejected: '未通过'
}

/** Options for a choice group, in the contract's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
