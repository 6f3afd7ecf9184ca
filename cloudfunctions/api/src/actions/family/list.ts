// family.list — the links the caller is part of (as requester or as member); a coordinator also sees the links
// of their community waiting for a coordinator. Newest first.
import { ROLES } from '../../../../../src/shared/domain/roles'
import { linksOfMember, linksOfRequester, pendingForCoordinators, type FamilyLinkDoc } from '../../repos/familyLinks'
import { nicknamesOf } from '../../repos/users'
import { defineAction } from '../define'
import { linkView } from './view'

export const list = defineAction({
  action: 'family.list',
  allow: ROLES, // any signed-up user
  scope: 'community',
  async handler(_input, ctx) {
    const user = ctx.user!
    const reviewing = user.roles.includes('coordinator') && user.communityId ? pendingForCoordinators(user.communityId) : Promise.resolve([])
    const found = (await Promise.all([linksOfRequester(ctx.openid), linksOfMember(ctx.openid), reviewing])).flat()
    const byId = new Map<string, FamilyLinkDoc>(found.map((l) => [l._id, l]))
    const links = [...byId.values()].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime())
    // Members see who acts for them by nickname: one more read, only when they are a member of an active link.
    const requesters = links.filter((l) => l.memberOpenid === ctx.openid && l.status === 'active').map((l) => l.requesterOpenid)
    const names = requesters.length ? await nicknamesOf(requesters) : new Map<string, string>()
    return { links: links.map((l) => linkView(l, ctx.openid, names)) }
  }
})
