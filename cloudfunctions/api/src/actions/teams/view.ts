// How a team is shown: its kind's label from the community's own kinds, and the caller's relation to it.
import type { TeamView } from '../../../../../src/shared/contracts'
import { teamKindLabel, teamKindsOf } from '../../../../../src/shared/domain/teams'
import type { CommunityDoc } from '../../repos/communities'
import type { TeamDoc } from '../../repos/teams'

export function teamView(t: TeamDoc, joined: boolean, callerOpenid: string, community: Pick<CommunityDoc, 'teamKinds'> | null): TeamView {
  return {
    id: t._id,
    name: t.name,
    kind: t.kind,
    kindLabel: teamKindLabel(teamKindsOf(community?.teamKinds), t.kind),
    slogan: t.slogan,
    memberCount: t.memberCount,
    joined,
    leaderName: t.leaderName ?? '',
    isLeader: !!t.leaderOpenid && t.leaderOpenid === callerOpenid,
    categories: t.categories ?? []
  }
}
