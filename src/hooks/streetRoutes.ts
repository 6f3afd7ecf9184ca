// The 街道 subpackage's pages (packages/street). A platform admin acts on a street they name, so its pages carry
// `streetId`; a street admin's pages need none (the server takes their own street). The community pages
// (新建/编辑社区, 入驻二维码, 协调员) take the community's id; community-edit without one creates a community.
const ROOT = '/packages/street/pages'
const q = (streetId?: string | null) => (streetId ? `?streetId=${encodeURIComponent(streetId)}` : '')

export const STREET_PAGES = {
  home: (streetId?: string | null) => `${ROOT}/home/index${q(streetId)}`,
  compare: (streetId?: string | null) => `${ROOT}/compare/index${q(streetId)}`,
  board: (streetId?: string | null) => `${ROOT}/board/index${q(streetId)}`,
  streets: `${ROOT}/streets/index`,
  communityNew: `${ROOT}/community-edit/index`,
  communityEdit: (communityId: string) => `${ROOT}/community-edit/index?id=${encodeURIComponent(communityId)}`,
  communityQr: (communityId: string) => `${ROOT}/community-qr/index?id=${encodeURIComponent(communityId)}`,
  coordinators: (communityId: string) => `${ROOT}/coordinators/index?id=${encodeURIComponent(communityId)}`
}
