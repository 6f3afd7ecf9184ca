// Demo identities for the H5 role switcher: who exists locally, with roles and community, read from the store.
// Local mode only — a deployed mini-program has no such endpoint (identity there is WeChat's OPENID).
import type { LocalCloud } from '../install'

export interface DemoUser {
  openid: string
  nickname: string
  roles: string[]
  communityName: string | null
}

const ROLE_ORDER = ['admin', 'street_admin', 'coordinator', 'volunteer', 'resident']

export function listDemoUsers(local: LocalCloud, max = 200): DemoUser[] {
  if (!local.store.hasCollection('users')) return []
  const communities = local.store.hasCollection('communities') ? local.store.all('communities') : new Map()
  const streets = local.store.hasCollection('streets') ? local.store.all('streets') : new Map()
  const admins = (process.env.ADMIN_OPENIDS ?? '').split(',').map((s) => s.trim())
  const rank = (roles: string[]) => Math.min(...roles.map((r) => ROLE_ORDER.indexOf(r)).filter((i) => i >= 0), 99)
  return [...local.store.all('users').values()]
    .map(({ doc }) => ({
      openid: String(doc._id),
      nickname: String(doc.nickname ?? ''),
      roles: [...new Set([...(doc.roles ?? []), ...(admins.includes(String(doc._id)) ? ['admin'] : [])])] as string[],
      // A street admin may live in no community: the switcher names the street they run instead.
      communityName: doc.communityId
        ? (communities.get(doc.communityId)?.doc.name ?? null)
        : doc.streetId && (doc.roles ?? []).includes('street_admin')
          ? (streets.get(doc.streetId)?.doc.name ?? null)
          : null
    }))
    .sort((a, b) => rank(a.roles) - rank(b.roles) || a.openid.localeCompare(b.openid))
    .slice(0, max)
}
