// Community administration rules, one place for the server and the pages:
// - the community code (what residents type, and the scene of the join 小程序码) and how a scene turns back into it;
// - the page a join 小程序码 opens (getUnlimited's `page`: a published page, no leading '/', no query);
// - who may change what: the street's admin and platform admins edit everything; the community's own coordinators
//   only where it is and how many live there (address, map point, 常住人口) — its name and code are how the
//   street and the residents know it, and a new code voids every printed join poster.

/** 4–8 capital letters or digits: short enough to type, within getUnlimited's 32-character scene. */
export const COMMUNITY_CODE_PATTERN = /^[A-Z0-9]{4,8}$/
export const COMMUNITY_CODE_MESSAGE = '社区编码为4–8位大写字母或数字'

/** The join page (resident subpackage, 我的社区): a join 小程序码 opens it with `scene` = the community code. */
export const JOIN_PAGE = 'packages/resident/pages/community/index'

/**
 * The community code a launch scene carries, or null. WeChat hands the page `options.scene` URL-encoded; the H5
 * page gets `?scene=` from its URL. Lower case is forgiven (as communities.join does), anything else is not a code.
 */
export function joinCodeFromScene(scene: unknown): string | null {
  if (typeof scene !== 'string' || !scene) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(scene)
  } catch {
    return null
  }
  const code = decoded.trim().toUpperCase()
  return COMMUNITY_CODE_PATTERN.test(code) ? code : null
}

/** The fields of communities.update a coordinator of the community may change (others must stay as stored). */
export const COORDINATOR_EDITABLE_FIELDS = ['address', 'location', 'population'] as const
export const IDENTITY_FIELDS = ['name', 'code'] as const

export const COMMUNITY_FIELD_LABELS: Record<string, string> = {
  name: '社区名称',
  code: '社区编码',
  address: '社区地址',
  location: '地图位置',
  population: '常住人口'
}

/**
 * A community keeps at least one coordinator: removing the last one would leave its orders undispatched and its
 * volunteer registrations unreviewed. Appoint the successor first, then remove (removeCoordinator refuses with
 * LAST_COORDINATOR). A coordinator who moves to another community (communities.join) still loses the role: a
 * person's move is theirs to make.
 */
export const MIN_COORDINATORS = 1
