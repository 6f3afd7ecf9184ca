// Demo teams and family links (家人代办), written through the genuine SDK with fixed ids so screenshots and tests
// can name them. Documents are shaped exactly as the api's repos write them (teams/team_members/family_links):
// memberCount equals the member documents; the approved link carries its audit entry like family.approve writes.
// Team members are among the volunteers seedVolunteers approves (1–17), so they hold the volunteer role.
import { DEMO_COMMUNITY_ID, DEMO_COORDINATOR, demoResident, demoVolunteer } from './ids'

export const DEMO_TEAM_ID = 'team-wenchang-senior'
export const DEMO_LINK_ACTIVE = 'family-demo-resident-02-grandma'
export const DEMO_LINK_PENDING = 'family-demo-resident-05-father'
/** The oldest demo volunteers (born 1962–1966 in seedVolunteers): the silver-age team. */
const SENIOR_MEMBERS = [1, 2, 14, 15].map(demoVolunteer)

const DAY = 24 * 60 * 60 * 1000

export async function seedTeamsAndFamily(db: any, now: Date): Promise<void> {
  const before = (days: number) => new Date(now.getTime() - days * DAY)
  await db.collection('teams').add({
    data: {
      _id: DEMO_TEAM_ID,
      communityId: DEMO_COMMUNITY_ID,
      name: '文昌社区银龄志愿队',
      kind: 'senior',
      slogan: '老有所为，邻里守望',
      memberCount: SENIOR_MEMBERS.length,
      createdBy: DEMO_COORDINATOR,
      createdAt: before(30),
      updatedAt: before(20)
    }
  })
  for (const [i, openid] of SENIOR_MEMBERS.entries()) {
    await db
      .collection('team_members')
      .add({ data: { _id: `${DEMO_TEAM_ID}:${openid}`, teamId: DEMO_TEAM_ID, openid, communityId: DEMO_COMMUNITY_ID, joinedAt: before(29 - i) } })
  }
  const link = (id: string, requester: string, relation: string, memberName: string, days: number) => ({
    _id: id,
    requesterOpenid: requester,
    communityId: DEMO_COMMUNITY_ID,
    relation,
    memberName,
    memberPhone: null,
    memberUsesPhone: false,
    status: 'pending_coordinator',
    confirmCode: null,
    codeExpiresAt: null,
    memberOpenid: null,
    decidedBy: null,
    decidedAt: null,
    createdAt: before(days),
    updatedAt: before(days)
  })
  // demo-resident-02 acts for her grandmother, who has no phone: verified in person by the coordinator.
  await db.collection('family_links').add({
    data: {
      ...link(DEMO_LINK_ACTIVE, demoResident(2), 'grandparent', '陈桂英', 10),
      status: 'active',
      decidedBy: DEMO_COORDINATOR,
      decidedAt: before(9),
      updatedAt: before(9)
    }
  })
  await db.collection('audit_logs').add({
    data: {
      actorOpenid: DEMO_COORDINATOR,
      action: 'family.approve',
      targetType: 'family_link',
      targetId: DEMO_LINK_ACTIVE,
      before: { status: 'pending_coordinator' },
      after: { status: 'active' },
      onBehalfOf: null,
      requestId: 'demo-seed',
      at: before(9)
    }
  })
  // demo-resident-05 asked for his father yesterday: waiting in the coordinator's list.
  await db.collection('family_links').add({ data: link(DEMO_LINK_PENDING, demoResident(5), 'parent', '刘振华', 1) })
}
