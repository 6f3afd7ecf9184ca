// communities.update — edit a community's name, code, address, map point and 常住人口. The street's admin and
// platform admins change everything; its own coordinators only address, point and 常住人口 (a changed name or code
// from them is FORBIDDEN: domain/communityAdmin.ts). Conditional on the version the editor read (CONFLICT when
// someone saved first); a replay of the edit that landed (same requestId, version one past) returns the record as
// it is. A code another community holds is COMMUNITY_CODE_TAKEN (index code_unique decides). The new name and
// address pass content security. Audited with the fields that changed; saving what is stored writes nothing.
import type { Location } from '../../../../../src/shared/contracts'
import { COORDINATOR_EDITABLE_FIELDS } from '../../../../../src/shared/domain/communityAdmin'
import { AppError, messageFor } from '../../../../../src/shared/errors'
import { assertTextSafe } from '../../lib/contentCheck'
import { isDuplicateKey } from '../../lib/dbErrors'
import { toLocation } from '../../lib/geo'
import { managedCommunity } from '../../lib/managed'
import { recordAudit } from '../../repos/audit'
import { updateCommunity, type CommunityEdit } from '../../repos/communities'
import { defineAction } from '../define'
import { communityDetail, editsIdentity } from './detail'

/** The record as stored: a community made before points were required may have none. */
type Stored = Omit<CommunityEdit, 'location'> & { location: Location | null }

export const update = defineAction({
  action: 'communities.update',
  allow: ['admin', 'street_admin', 'coordinator'],
  scope: 'street',
  async handler(input, ctx) {
    const c = await managedCommunity(ctx, input.communityId)
    const identity = editsIdentity(ctx, c)
    const version = c.version ?? 0
    if (c.lastRequestId === input.requestId && version === input.version + 1) return communityDetail(c, identity)
    const edit: CommunityEdit = { name: input.name, code: input.code, address: input.address, location: input.location, population: input.population }
    const stored: Stored = { name: c.name, code: c.code, address: c.address ?? '', location: toLocation(c.location), population: c.population ?? null }
    const changed = (Object.keys(edit) as Array<keyof Stored>).filter((k) => JSON.stringify(edit[k]) !== JSON.stringify(stored[k]))
    const notTheirs = identity ? [] : changed.filter((k) => !(COORDINATOR_EDITABLE_FIELDS as readonly string[]).includes(k))
    if (notTheirs.length) throw new AppError('FORBIDDEN', Object.fromEntries(notTheirs.map((k) => [k, '只有街道或平台管理员可以修改社区名称和编码'])))
    if (version !== input.version) throw new AppError('CONFLICT')
    if (!changed.length) return communityDetail(c, identity)
    await assertTextSafe(ctx.openid, { name: changed.includes('name') ? edit.name : null, address: changed.includes('address') ? edit.address : null })
    try {
      if (!(await updateCommunity(c._id, version, edit, ctx.openid, input.requestId, ctx.now))) throw new AppError('CONFLICT')
    } catch (e) {
      if (isDuplicateKey(e, 'code_unique')) throw new AppError('COMMUNITY_CODE_TAKEN', { code: messageFor('COMMUNITY_CODE_TAKEN') })
      throw e
    }
    const pick = (v: Stored) => Object.fromEntries(changed.map((k) => [k, v[k]]))
    const audit = {
      actorOpenid: ctx.openid,
      communityId: c._id,
      action: 'communities.update',
      targetType: 'community',
      targetId: c._id,
      requestId: ctx.requestId
    }
    await recordAudit({ ...audit, before: pick(stored), after: pick(edit) }, ctx.now)
    return communityDetail({ ...c, ...edit, version: version + 1, lastRequestId: input.requestId }, identity)
  }
})
