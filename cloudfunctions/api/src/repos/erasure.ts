// Account erasure's database writes (注销; what happens to each collection: src/shared/domain/myData.ts). Every
// step is idempotent — it rewrites documents to their erased form, removes what must go, and a re-run finds
// nothing left to change — so a crash mid-way is completed by the next run of the job. The person's values (names,
// phones, ID cipher and mask, addresses) are read from users, volunteers, addresses and family links, which are
// erased LAST: until the run that erases them completes, a re-run still knows what to scrub everywhere else.
import { ERASED, scrubValues } from '../../../../src/shared/domain/myData'
import { NOT_CANCELLED_STATUSES, PAYABLE_STATUSES } from '../../../../src/shared/domain/order'
import { bump, NOW, residentMovedBumps } from '../../../../src/shared/domain/stats'
import { countsAsRegistered } from '../../../../src/shared/domain/volunteerLifecycle'
import { db, _ } from '../lib/cloud'
import { allWhere } from './myData'
import { applyBumpsIn } from './statsRollups'
import { memberLeftIn } from './teams'
import { removeMembershipIn } from './teamMembers'
import { inTransaction, readIn } from './transaction'

// A stored document of any collection (erasure rewrites several).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step reads its own collection's fields
type Doc = Record<string, any> & { _id: string }
type Photo = { fileId: string; kind: string }
const DEFAULT_NICKNAME = '微信用户'

/** The person's values to scrub wherever they appear, and what identifies their registration. */
export interface PersonalValues {
  secrets: string[]
  volunteerId: string | null
  linkIds: string[]
  files: string[]
}

export async function personalValues(openid: string): Promise<PersonalValues> {
  const [users, volunteers, addresses, asRequester, asMember, exports] = await Promise.all([
    allWhere<Doc>('users', { _id: openid }),
    allWhere<Doc>('volunteers', { openid }),
    allWhere<Doc>('addresses', { ownerOpenid: openid }),
    allWhere<Doc>('family_links', { requesterOpenid: openid }),
    allWhere<Doc>('family_links', { memberOpenid: openid }),
    allWhere<Doc>('audit_logs', { actorOpenid: openid, action: 'me.export' })
  ])
  const u = users[0]
  const v = volunteers[0]
  const secrets = [
    u && u.nickname !== DEFAULT_NICKNAME && u.nickname !== ERASED.name ? u.nickname : '',
    u?.phone ?? '',
    u?.avatarUrl ?? '',
    v?.realName ?? '',
    v?.phone ?? '',
    v?.idCipher ?? '',
    v?.idMasked ?? '',
    v?.guardian?.name ?? '',
    v?.guardian?.phone ?? '',
    v?.serviceArea ?? '',
    ...addresses.flatMap((a) => [a.detail, a.contactName, a.contactPhone]),
    // Links where the person is the member name them (as the requester typed it).
    ...asMember.flatMap((l) => [l.memberName, l.memberPhone ?? '']),
    ...asRequester.flatMap((l) => [l.memberName, l.memberPhone ?? ''])
  ].filter((s) => typeof s === 'string' && s && s !== ERASED.mask && !Object.values(ERASED).includes(s as never))
  // Files in cloud storage that are the person's: the avatar and their 我的数据 exports (named by audit entries).
  const files = [u?.avatarUrl, ...exports.map((a) => a.after?.fileId)].filter((f): f is string => typeof f === 'string' && f.startsWith('cloud://'))
  return { secrets, volunteerId: v?._id ?? null, linkIds: [...asRequester, ...asMember].map((l) => l._id), files }
}

/** Top-level fields of `next` that differ from `doc`, as an update (objects replaced whole with _.set). */
function changedFields(doc: Doc, next: Doc): Record<string, unknown> | null {
  const data: Record<string, unknown> = {}
  for (const k of Object.keys(next)) {
    if (k === '_id' || JSON.stringify(doc[k]) === JSON.stringify(next[k])) continue
    const v = next[k]
    data[k] = v && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? _.set(v) : v
  }
  return Object.keys(data).length ? data : null
}

/** Rewrites each document to `erase(doc)` with the secrets scrubbed; returns how many changed. */
async function rewrite(coll: string, docs: Doc[], secrets: string[], erase: (d: Doc) => Doc = (d) => d): Promise<number> {
  let changed = 0
  for (const d of docs) {
    const data = changedFields(d, scrubValues(erase({ ...d }), secrets))
    if (!data) continue
    await db.collection(coll).doc(d._id).update({ data })
    changed++
  }
  return changed
}

const union = async (coll: string, wheres: Array<Record<string, unknown>>) => {
  const seen = new Map<string, Doc>()
  for (const rows of await Promise.all(wheres.map((w) => allWhere<Doc>(coll, w)))) for (const d of rows) seen.set(d._id, d)
  return [...seen.values()]
}

/** Timeline events of the person lose their name (the role and time stay: the community's record). */
const renameEvents = (events: unknown, openid: string, name: string) =>
  Array.isArray(events) ? events.map((e) => (e.byOpenid === openid ? { ...e, byName: name } : e)) : events

/** ~1 km: a point that no longer locates a home (the 2dsphere index still needs a point). */
const coarse = (loc: { coordinates?: unknown } | null | undefined) => {
  const c = loc?.coordinates
  return Array.isArray(c) ? new db.Geo.Point(Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100) : loc
}

/** Orders the person asked for, served, or appears in (a withdrawal): address and contact snapshot and names. */
export async function eraseOrders(openid: string, secrets: string[], files: string[]): Promise<number> {
  const docs = await union('orders', [{ ownerOpenids: openid }, { volunteerOpenid: openid }, { 'events.byOpenid': openid }])
  let changed = 0
  for (const o of docs) {
    // An order recorded for a registered beneficiary is owned by coordinators acting for that person: their erasure
    // leaves the beneficiary's address and name alone (not the coordinator's data).
    const mine = o.ownerOpenids?.includes(openid) && !o.beneficiaryId
    const next = scrubValues(
      {
        ...o,
        ...(mine
          ? {
              address: { addressId: '', detail: ERASED.text, contactName: ERASED.name, contactPhone: '', location: null },
              beneficiaryName: o.beneficiaryName ? ERASED.name : null,
              description: ERASED.text,
              photos: []
            }
          : {}),
        ...(o.volunteerOpenid === openid ? { volunteerName: ERASED.volunteerName } : {}),
        events: renameEvents(o.events, openid, o.volunteerOpenid === openid ? ERASED.volunteerName : ERASED.name)
      },
      secrets
    )
    const data = changedFields(o, next) ?? {}
    // The order's point is the home's: coarsened once (exactLocation tells whether it still is exact).
    if (mine && o.exactLocation) Object.assign(data, { location: coarse(o.location), exactLocation: false })
    if (mine) files.push(...(o.photos ?? []).map((p: Photo) => p.fileId))
    if (!Object.keys(data).length) continue
    await db.collection('orders').doc(o._id).update({ data })
    changed++
  }
  return changed
}

/** Records, certificates, sign-ups, redemptions: the community keeps them under the volunteer number only. */
export async function eraseRecords(openid: string, secrets: string[]): Promise<number> {
  const byVolunteer = { volunteerOpenid: openid }
  const [records, certificates, signups, redemptions] = await Promise.all([
    allWhere<Doc>('service_records', byVolunteer),
    allWhere<Doc>('certificates', byVolunteer),
    allWhere<Doc>('project_signups', { openid }),
    allWhere<Doc>('reward_redemptions', { openid })
  ])
  return (
    (await rewrite('service_records', records, secrets, (r) => ({
      ...r,
      volunteerName: ERASED.volunteerName,
      history: renameEvents(r.history, openid, ERASED.name)
    }))) +
    (await rewrite('certificates', certificates, secrets, (c) => ({ ...c, volunteerName: ERASED.volunteerName, idMasked: ERASED.mask }))) +
    (await rewrite('project_signups', signups, secrets, (s) => ({ ...s, volunteerName: ERASED.volunteerName }))) +
    (await rewrite('reward_redemptions', redemptions, secrets, (r) => ({ ...r, memberName: ERASED.name })))
  )
}

/** 随手拍 the person filed (description and photos are theirs; the public place stays), was assigned or acted on. */
export async function eraseReports(openid: string, secrets: string[], files: string[]): Promise<number> {
  const docs = await union('reports', [{ reporterOpenid: openid }, { assigneeOpenid: openid }, { 'events.byOpenid': openid }])
  for (const r of docs) if (r.reporterOpenid === openid) files.push(...(r.photos ?? []).filter((p: Photo) => p.kind === 'before').map((p: Photo) => p.fileId))
  return rewrite('reports', docs, secrets, (r) => ({
    ...r,
    ...(r.reporterOpenid === openid ? { description: ERASED.text, photos: (r.photos ?? []).filter((p: Photo) => p.kind !== 'before') } : {}),
    ...(r.assigneeOpenid === openid ? { assigneeName: ERASED.volunteerName } : {}),
    events: renameEvents(r.events, openid, ERASED.name)
  }))
}

/** Audit entries by or about the person: their values in before/after become ***; who did what when stays. */
export async function eraseAudit(openid: string, v: PersonalValues): Promise<number> {
  const about = [
    { targetType: 'user', targetId: openid },
    { targetType: 'ledger_account', targetId: `member:${openid}` },
    ...v.linkIds.map((id) => ({ targetType: 'family_link', targetId: id }))
  ]
  if (v.volunteerId) about.push({ targetType: 'volunteer', targetId: v.volunteerId })
  const docs = await union('audit_logs', [{ actorOpenid: openid }, ...about])
  return rewrite('audit_logs', docs, v.secrets, (a) => ({ ...a }))
}

/** Memos of the person's ledger entries and their postings (a transfer note may name someone); minutes untouched. */
export async function eraseLedgerMemos(openid: string, secrets: string[]): Promise<number> {
  const entries = await allWhere<Doc>('ledger_entries', { account: `member:${openid}` })
  const ids = [...new Set(entries.map((e) => e.postingId))]
  const postings: Doc[] = []
  for (let i = 0; i < ids.length; i += 100) postings.push(...(await allWhere<Doc>('ledger_postings', { _id: _.in(ids.slice(i, i + 100)) })))
  const memoOnly = (d: Doc) => ({ _id: d._id, memo: d.memo })
  return (await rewrite('ledger_entries', entries.map(memoOnly), secrets)) + (await rewrite('ledger_postings', postings.map(memoOnly), secrets))
}

/** Leaves every team (membership removed and the team's count lowered together; a re-run finds none). */
export async function leaveTeams(openid: string, now: Date): Promise<number> {
  let left = 0
  for (const m of await allWhere<Doc>('team_members', { openid })) {
    const done = await inTransaction(async (t) => (await removeMembershipIn(t, m._id)) && (await memberLeftIn(t, m.teamId, openid, now), true))
    if (done) left++
  }
  return left
}

/** Address book and family links removed. */
export async function removeAddressesAndLinks(openid: string, linkIds: string[]): Promise<void> {
  await db.collection('addresses').where({ ownerOpenid: openid }).remove()
  for (const id of linkIds) await db.collection('family_links').where({ _id: id }).remove()
}

/**
 * The registration and the user, last. An approved volunteer is no longer one (status rejected, 账号已注销: no
 * dispatch, not counted); the volunteer number stays (records name it). idHash becomes unique filler so the person
 * may register again one day. The user keeps only the resident role, no community. Dashboard gauges follow in the
 * same transaction, and only when the state read still held (a re-run bumps nothing).
 */
export async function eraseIdentity(openid: string, volunteerId: string | null, now: Date): Promise<void> {
  await inTransaction(async (t) => {
    const v = volunteerId ? await readIn<Doc>(t, 'volunteers', volunteerId) : null
    const u = await readIn<Doc>(t, 'users', openid)
    if (v && v.realName !== ERASED.volunteerName) {
      if (countsAsRegistered({ status: v.status, lifecycle: v.lifecycle })) await applyBumpsIn(t, v.communityId, bump({}, NOW, 'volunteers', -1), now) // not again after leaving
      await t
        .collection('volunteers')
        .doc(volunteerId)
        .update({
          data: {
            realName: ERASED.volunteerName,
            idCipher: '',
            idHash: `erased-${volunteerId}`,
            idMasked: ERASED.mask,
            birthDate: '',
            phone: '',
            skills: [],
            availability: [],
            serviceArea: '',
            serviceLocation: null,
            guardian: null,
            status: v.status === 'approved' ? 'rejected' : v.status,
            rejectReason: '账号已注销',
            erasedAt: now,
            updatedAt: now
          }
        })
    }
    if (u && !u.erasedAt) {
      if (u.communityId) await applyBumpsIn(t, u.communityId, residentMovedBumps(-1), now)
      await t
        .collection('users')
        .doc(openid)
        .update({
          data: { nickname: ERASED.name, avatarUrl: null, phone: null, phoneHash: null, communityId: null, roles: ['resident'], erasedAt: now, updatedAt: now }
        })
    }
  })
}

/** The person's orders (as resident or volunteer) not yet closed: open, in service, or finished but not yet paid. */
export async function unfinishedOrdersOf(openid: string): Promise<Doc[]> {
  const status = _.in([...NOT_CANCELLED_STATUSES])
  const docs = await union('orders', [
    { ownerOpenids: openid, status },
    { volunteerOpenid: openid, status }
  ])
  // A coordinator who only owns an order for a registered beneficiary (orders.createFor) leaves it to the other
  // coordinators: it neither holds up their erasure nor is cancelled by it.
  const theirs = docs.filter((o) => o.volunteerOpenid === openid || !o.beneficiaryId)
  return theirs.filter((o) => !PAYABLE_STATUSES.includes(o.status) || !o.settledAt)
}
