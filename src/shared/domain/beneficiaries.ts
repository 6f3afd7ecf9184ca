// The community's register of people it serves who may have no phone or WeChat (受助对象登记): the special groups
// the seeds name for priority service, and the ONE rule saying which of them are served first and paid for by the
// community pool (公益池). Pure; shared by the server (orders.createFor, the 调度台) and the pages.

/** Tags a coordinator may put on a registered beneficiary, in the order forms show them. */
export const BENEFICIARY_TAGS = ['living_alone', 'empty_nest', 'advanced_age', 'disabled', 'left_behind_child', 'low_income'] as const
export type BeneficiaryTag = (typeof BENEFICIARY_TAGS)[number]

export const BENEFICIARY_TAG_LABELS: Record<BeneficiaryTag, string> = {
  living_alone: '独居',
  empty_nest: '空巢',
  advanced_age: '高龄',
  disabled: '残疾',
  left_behind_child: '留守儿童',
  low_income: '低保'
}

/**
 * Priority groups (brief: "the community pool for priority residents (key elderly: 80+ living alone, disabled,
 * low-income)"; the seeds add 空巢/独居 elders and 留守儿童). 空巢 alone is not priority: an empty-nest elder with
 * means pays like any resident unless another tag applies.
 */
export const PRIORITY_BENEFICIARY_TAGS: readonly BeneficiaryTag[] = ['living_alone', 'advanced_age', 'disabled', 'left_behind_child', 'low_income']

/** Is a beneficiary with these tags served first (调度台) and paid for by the community pool? */
export function isPriorityBeneficiary(tags: readonly string[]): boolean {
  return tags.some((t) => (PRIORITY_BENEFICIARY_TAGS as readonly string[]).includes(t))
}

/**
 * Who pays for an order a coordinator records for a beneficiary. Priority: the community pool — it pays only on a
 * coordinator's approval, and dispatching is that approval (order/exclusion.ts keeps such orders out of the grab
 * pool). Otherwise public service (the issuing account): a beneficiary has no time-bank account of their own to hold
 * an estimate on, and a walk-in request is not a reason to spend the pool meant for priority groups.
 */
export function beneficiaryFunding(tags: readonly string[]): 'community_pool' | 'public_service' {
  return isPriorityBeneficiary(tags) ? 'community_pool' : 'public_service'
}

export const BENEFICIARY_STATUSES = ['active', 'archived'] as const
export type BeneficiaryStatus = (typeof BENEFICIARY_STATUSES)[number]
export const BENEFICIARY_STATUS_LABELS: Record<BeneficiaryStatus, string> = { active: '在册', archived: '已归档' }

/** The `onBehalfOf` an order or audit entry records for a registered beneficiary (cf. `family:<linkId>`). */
export const beneficiaryRef = (beneficiaryId: string) => `beneficiary:${beneficiaryId}`
