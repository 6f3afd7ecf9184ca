// The only code that touches `family_links`: a requester (the family member with the phone) may act for a
// member. Life of a link: pending_member (the member confirms with a 6-digit code) or pending_coordinator (the
// member has no phone; a coordinator of the requester's community verifies in person) → active | rejected.
//
// Convention for every later action done for someone else (orders, confirmations, ratings, time-bank spending):
// - the client names the link (`forLinkId`); the server loads it with findActiveLinkFor(linkId, caller) and
//   refuses (FORBIDDEN) unless it is active and the caller is its requester;
// - what the action writes records BOTH `actorOpenid` = the caller's OPENID (who pressed the button, always
//   from WeChat, never from input) and `onBehalfOf` = onBehalfOfId(link): the member's OPENID once they have
//   confirmed, else `family:<linkId>` (a member without WeChat exists only through the link);
// - acting for yourself: `onBehalfOf` = null. Audit entries use the same two fields (repos/audit.ts).
import type { FAMILY_RELATIONS } from '../../../../src/shared/contracts'
import { db } from '../lib/cloud'
import { docsOf, insertedId, updatedCount } from '../lib/docs'
import { readIn, type Tx } from './transaction'

export type FamilyLinkStatus = 'pending_member' | 'pending_coordinator' | 'active' | 'rejected'

export interface FamilyLinkDoc {
  _id: string
  requesterOpenid: string
  /** The requester's community when asking: its coordinators review pending_coordinator links. */
  communityId: string
  relation: (typeof FAMILY_RELATIONS)[number]
  memberName: string
  memberPhone: string | null
  memberUsesPhone: boolean
  status: FamilyLinkStatus
  /** Only while pending_member; cleared when used. */
  confirmCode: string | null
  codeExpiresAt: Date | null
  memberOpenid: string | null
  decidedBy: string | null
  decidedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

const MAX_LISTED = 100
const links = () => db.collection('family_links')
const list = async (where: Record<string, unknown>) => docsOf<FamilyLinkDoc>(await links().where(where).limit(MAX_LISTED).get())

export async function insertLink(doc: Omit<FamilyLinkDoc, '_id'>): Promise<string> {
  return insertedId(links().add({ data: doc }))
}

export async function findLink(id: string): Promise<FamilyLinkDoc | null> {
  return (await list({ _id: id }))[0] ?? null
}

/** The pending link waiting for this code (index code_status). */
export async function findPendingByCode(code: string): Promise<FamilyLinkDoc | null> {
  return (await list({ confirmCode: code, status: 'pending_member' }))[0] ?? null
}

/** Index requester / member / community_status. */
export const linksOfRequester = (openid: string) => list({ requesterOpenid: openid })
export const linksOfMember = (openid: string) => list({ memberOpenid: openid })
export const pendingForCoordinators = (communityId: string) => list({ communityId, status: 'pending_coordinator' })

/** Activates a pending_member link for `memberOpenid` if it still waits for this code; false if it no longer does. */
export async function confirmLink(id: string, code: string, memberOpenid: string, now: Date): Promise<boolean> {
  const updated = await updatedCount(
    links()
      .where({ _id: id, status: 'pending_member', confirmCode: code })
      .update({ data: { status: 'active', memberOpenid, confirmCode: null, codeExpiresAt: null, updatedAt: now } })
  )
  return updated === 1
}

export function readLinkIn(t: Tx, id: string): Promise<FamilyLinkDoc | null> {
  return readIn<FamilyLinkDoc>(t, 'family_links', id)
}

export async function decideLinkIn(t: Tx, id: string, status: 'active' | 'rejected', by: string, now: Date): Promise<void> {
  await t
    .collection('family_links')
    .doc(id)
    .update({ data: { status, decidedBy: by, decidedAt: now, updatedAt: now } })
}

/** For later actions done for someone: the active link `linkId` of `requesterOpenid`, or null. */
export async function findActiveLinkFor(linkId: string, requesterOpenid: string): Promise<FamilyLinkDoc | null> {
  const link = await findLink(linkId)
  return link && link.status === 'active' && link.requesterOpenid === requesterOpenid ? link : null
}

/** The `onBehalfOf` value for actions done through an active link (see the convention above). */
export function onBehalfOfId(link: Pick<FamilyLinkDoc, '_id' | 'memberOpenid'>): string {
  return link.memberOpenid ?? `family:${link._id}`
}
