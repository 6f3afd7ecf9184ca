// audit.list — administrators read the audit log, newest first: who (nickname, highest role), what (the action in
// Chinese), when, the community, the target and the before/after of each changed field. Admins only: the log
// names people across communities. Values pass through formatAuditValue, which masks any ID or phone number.
// Round trips: caller (router), one aggregate (entries + actors + communities).
import { actionLabel, auditChanges, targetLabel } from '../../../../../src/shared/domain/audit'
import { ROLE_LABELS, type Role } from '../../../../../src/shared/domain/roles'
import { effectiveRoles } from '../../lib/roles'
import { listAuditEntries, type AuditRow } from '../../repos/auditQueries'
import { defineAction } from '../define'

const DAY = 86400000
const SHANGHAI = 8 * 3600000
const RANK: Role[] = ['admin', 'coordinator', 'volunteer', 'resident']
/** The start of a China calendar day, as an instant. */
const dayStart = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() - SHANGHAI)

export const list = defineAction({
  action: 'audit.list',
  allow: ['admin'],
  scope: 'global',
  async handler(input) {
    const rows = await listAuditEntries(
      {
        communityId: input.communityId,
        action: input.action,
        actorOpenid: input.actorId,
        from: input.fromDay ? dayStart(input.fromDay) : undefined,
        to: input.toDay ? new Date(dayStart(input.toDay).getTime() + DAY) : undefined
      },
      input.offset,
      input.limit + 1
    )
    return { items: rows.slice(0, input.limit).map(itemOf), hasMore: rows.length > input.limit }
  }
})

function itemOf(r: AuditRow) {
  const actor = r._actor[0]
  const roles = actor ? effectiveRoles(actor) : []
  const community = r._community[0]
  return {
    id: r._id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    actionLabel: actionLabel(r.action),
    actor: { id: r.actorOpenid, name: actor?.nickname || '已注销用户', role: ROLE_LABELS[RANK.find((x) => roles.includes(x)) ?? 'resident'] },
    community: community ? { id: community._id, name: community.name } : null,
    target: { type: r.targetType, label: targetLabel(r.targetType), id: r.targetId },
    changes: auditChanges(r.before, r.after, r.targetType)
  }
}
