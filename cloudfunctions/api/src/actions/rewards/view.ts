// How a reward and a redemption are shown. The member's name on a redemption is for the coordinator at the
// service desk; a member's own list does not need it.
import { REDEMPTION_STATUS_LABELS, REWARD_KIND_LABELS, type RedemptionView, type RewardView } from '../../../../../src/shared/contracts/rewards'
import { toUtcIso } from '../../../../../src/shared/time'
import type { RedemptionDoc, RewardDoc } from '../../repos/rewards'

export function rewardView(r: RewardDoc): RewardView {
  return {
    id: r._id,
    name: r.name,
    kind: r.kind,
    kindLabel: REWARD_KIND_LABELS[r.kind],
    cost: r.cost,
    stock: r.stock,
    redeemed: r.redeemed,
    description: r.description,
    active: r.active,
    version: r.version
  }
}

export function redemptionView(d: RedemptionDoc, forCoordinator: boolean): RedemptionView {
  return {
    id: d._id,
    rewardId: d.rewardId,
    rewardName: d.rewardName,
    kind: d.kind,
    cost: d.cost,
    pickupCode: d.pickupCode,
    status: d.status,
    statusLabel: REDEMPTION_STATUS_LABELS[d.status],
    memberName: forCoordinator ? d.memberName : null,
    createdAt: toUtcIso(d.createdAt),
    fulfilledAt: d.fulfilledAt ? toUtcIso(d.fulfilledAt) : null
  }
}
