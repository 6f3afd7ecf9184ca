// Reads of everything stored about one person (我的数据 export, account erasure): one reader per collection that
// the policy table (src/shared/domain/myData.ts) marks exported, each served by an index of the manifest (named
// beside it). Documents come back as stored; the action decides what of them the person sees.
import { EXPORTED_COLLECTIONS } from '../../../../src/shared/domain/myData'
import { db } from '../lib/cloud'
import { docsOf } from '../lib/docs'

type Doc = Record<string, unknown> & { _id: string }

/** Server reads return at most 1000 documents; a person's documents are read in pages of that. */
const PAGE = 1000
/** Bound on one person's documents of one collection (a lifetime of daily service is far below it). */
const MAX_DOCS = 20000

/** Every document matching `where` (which must constrain an index's leading field), in _id order. */
export async function allWhere<T = Doc>(coll: string, where: Record<string, unknown>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; skip < MAX_DOCS; skip += PAGE) {
    const page = docsOf<T>(await db.collection(coll).where(where).orderBy('_id', 'asc').skip(skip).limit(PAGE).get())
    out.push(...page)
    if (page.length < PAGE) break
  }
  return out
}

/** Documents of several queries on one collection, each once (a person may be both sides of a document). */
async function union(coll: string, wheres: Array<Record<string, unknown>>): Promise<Doc[]> {
  const seen = new Map<string, Doc>()
  for (const rows of await Promise.all(wheres.map((w) => allWhere<Doc>(coll, w)))) for (const d of rows) seen.set(d._id, d)
  return [...seen.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
}

const byId = (coll: string) => (openid: string) => allWhere<Doc>(coll, { _id: openid })

/** One reader per exported collection. */
export const MY_DATA_READERS: Record<string, (openid: string) => Promise<Doc[]>> = {
  users: byId('users'),
  volunteers: (o) => allWhere('volunteers', { openid: o }), // openid_unique
  addresses: (o) => allWhere('addresses', { ownerOpenid: o }), // owner_created
  team_members: (o) => allWhere('team_members', { openid: o }), // openid_team
  family_links: (o) => union('family_links', [{ requesterOpenid: o }, { memberOpenid: o }]), // requester, member
  orders: (o) => union('orders', [{ ownerOpenids: o }, { volunteerOpenid: o }]), // owners_status_created, volunteer_status_updated
  ledger_accounts: (o) => allWhere('ledger_accounts', { ownerOpenid: o }), // owner
  ledger_entries: (o) => allWhere('ledger_entries', { account: `member:${o}` }), // account_at
  service_records: (o) => allWhere('service_records', { volunteerOpenid: o }), // volunteer_date
  record_totals: byId('record_totals'),
  certificates: (o) => allWhere('certificates', { volunteerOpenid: o }), // volunteer_issued
  project_signups: (o) => allWhere('project_signups', { openid: o }), // openid_created
  reports: (o) => allWhere('reports', { reporterOpenid: o }), // reporter_created
  points_accounts: (o) => allWhere('points_accounts', { openid: o }), // openid
  points_entries: (o) => allWhere('points_entries', { openid: o }), // openid_at
  reward_redemptions: (o) => allWhere('reward_redemptions', { openid: o }), // openid_created
  audit_logs: (o) => allWhere('audit_logs', { actorOpenid: o }), // actor_at
  consents: (o) => allWhere('consents', { openid: o }), // openid_at
  account_deletions: byId('account_deletions')
}

/** Every exported collection's documents of the person, keyed by collection (order of EXPORTED_COLLECTIONS). */
export async function readMyData(openid: string): Promise<Record<string, Doc[]>> {
  const out: Record<string, Doc[]> = {}
  // A few collections at a time: the export is one person's, but each reader is a round trip.
  for (let i = 0; i < EXPORTED_COLLECTIONS.length; i += 5) {
    const names = EXPORTED_COLLECTIONS.slice(i, i + 5)
    const rows = await Promise.all(names.map((c) => MY_DATA_READERS[c](openid)))
    names.forEach((c, k) => (out[c] = rows[k]))
  }
  return out
}
