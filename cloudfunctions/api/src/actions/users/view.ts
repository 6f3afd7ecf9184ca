// What a signed-in user sees about themself (MeView), shared by users.me and users.updateProfile.
import type { MeView } from '../../../../../src/shared/contracts'
import { toUtcIso } from '../../../../../src/shared/time'
import { PRIVACY_VERSION } from '../../../../../src/shared/privacy/guide'
import { uploadKeyOf } from '../../lib/mediaCheck'
import { effectiveRoles } from '../../lib/roles'
import { findCommunity } from '../../repos/communities'
import type { UserDoc } from '../../repos/users'

/** Round trips: 0 without a community, 1 with. */
export async function meView(user: UserDoc): Promise<MeView> {
  const community = user.communityId ? await findCommunity(user.communityId) : null
  return {
    id: user._id,
    nickname: user.nickname,
    avatarUrl: user.avatarUrl,
    roles: effectiveRoles(user),
    community: community ? { id: community._id, name: community.name } : null,
    uploadKey: uploadKeyOf(user._id),
    createdAt: toUtcIso(user.createdAt),
    consent: user.consent ? { version: user.consent.version, at: toUtcIso(user.consent.at) } : null,
    privacyVersion: PRIVACY_VERSION
  }
}
