// Orders recorded for a registered beneficiary (orders.createFor) are owned by the community's coordinators, who
// confirm, cancel or dispute them on the person's behalf. Such an owner's move is a coordinator's action, so it is
// audited like one, naming the beneficiary (`onBehalfOf`); a resident's own moves are not audited.
import { recordAudit } from '../../repos/audit'
import type { OrderDoc } from '../../repos/orders'
import type { ActionContext } from '../define'

export async function auditOnBehalf(
  action: 'orders.confirm' | 'orders.cancel' | 'orders.dispute',
  o: OrderDoc,
  moved: OrderDoc,
  ctx: ActionContext,
  extra: Record<string, unknown> = {}
): Promise<void> {
  if (!o.beneficiaryId) return
  const entry = { actorOpenid: ctx.openid, communityId: o.communityId, action, targetType: 'order', targetId: o._id, requestId: ctx.requestId }
  await recordAudit({ ...entry, onBehalfOf: o.onBehalfOf, before: { status: o.status }, after: { status: moved.status, ...extra } }, ctx.now)
}
