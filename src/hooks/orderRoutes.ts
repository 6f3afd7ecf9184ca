// Where the order pages live. 订单详情 and 评价 sit in the resident subpackage but serve every role: volunteers and
// coordinators open the same detail page (what each sees is decided by the server's OrderView for that viewer).
export const ORDER_PAGES = {
  create: '/packages/resident/pages/order-new/index',
  mine: '/packages/resident/pages/orders/index',
  detail: (id: string) => `/packages/resident/pages/order/index?id=${encodeURIComponent(id)}`,
  rate: (id: string) => `/packages/resident/pages/rate/index?id=${encodeURIComponent(id)}`,
  pool: '/packages/volunteer/pages/pool/index',
  tasks: '/packages/volunteer/pages/tasks/index',
  board: '/packages/coordinator/pages/board/index',
  dispatch: (id: string) => `/packages/coordinator/pages/dispatch/index?id=${encodeURIComponent(id)}`
}

export const COMMUNITY_PAGE = '/packages/resident/pages/community/index'
export const FAMILY_PAGE = '/packages/resident/pages/family/index'
