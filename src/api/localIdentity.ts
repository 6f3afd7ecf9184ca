// Local mode (H5 against the local cloud) only: which demo user the browser acts as. The chosen openid is kept in
// localStorage under 'localcloud.openid' and sent as the x-wx-openid header (see transport.h5.ts).
// In the mini-program WeChat itself identifies the caller; nothing here is bundled there.

export const OPENID_STORAGE_KEY = 'localcloud.openid'

export interface LocalUser {
  openid: string
  nickname: string
  roles: string[]
  communityName: string | null
}

export interface LocalUsers {
  defaultOpenid: string
  users: LocalUser[]
}

export function getStoredOpenid(): string | null {
  try {
    return window.localStorage.getItem(OPENID_STORAGE_KEY) || null
  } catch {
    return null
  }
}

export function storeOpenid(openid: string): void {
  try {
    window.localStorage.setItem(OPENID_STORAGE_KEY, openid)
  } catch {
    // private mode without storage: the identity lasts for this page only
  }
  memoryOpenid = openid
}

let memoryOpenid: string | null = null
let bootstrap: Promise<string> | null = null

/** GET /api/local/users: the demo identities the gateway offers. */
export async function fetchLocalUsers(): Promise<LocalUsers> {
  const res = await fetch('/api/local/users', { headers: { accept: 'application/json' } })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  const body = (await res.json()) as Partial<LocalUsers>
  return { defaultOpenid: String(body.defaultOpenid ?? ''), users: Array.isArray(body.users) ? body.users : [] }
}

/**
 * The openid to call as: the stored one, or else the gateway's default (stored for next time). Resolves '' if the
 * gateway cannot be asked; the next call asks again.
 */
export function ensureOpenid(): Promise<string> {
  const known = getStoredOpenid() ?? memoryOpenid
  if (known) return Promise.resolve(known)
  if (!bootstrap) {
    bootstrap = fetchLocalUsers()
      .then(({ defaultOpenid }) => {
        if (defaultOpenid) storeOpenid(defaultOpenid)
        return defaultOpenid
      })
      .catch(() => '')
      .finally(() => {
        bootstrap = null
      })
  }
  return bootstrap
}
