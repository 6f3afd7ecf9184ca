// The stored shape of an order. Private parts (address snapshot, photos, check-in code) are only ever put into
// a view by actions/orders/view.ts, which decides per viewer.
import type { ServiceCategory } from '../../../../src/shared/contracts'
import type { OrderActor, OrderStatus } from '../../../../src/shared/domain/order'
import type { ORDER_EVENT_KINDS } from '../../../../src/shared/contracts/orders'

export interface OrderEventDoc {
  kind: (typeof ORDER_EVENT_KINDS)[number]
  at: Date
  from: OrderStatus | null
  to: OrderStatus
  byOpenid: string | null
  byRole: OrderActor
  byName: string
  /** family proxy convention (repos/familyLinks.ts): who the actor acted for, or null. */
  onBehalfOf: string | null
  note: string | null
}

export interface OrderPhotoDoc {
  fileId: string
  /** mediaCheckAsync's trace id: the verdict arrives later naming it. Never shown to anyone. */
  traceId: string
  status: 'checking' | 'pass' | 'risky'
}

export interface OrderDoc {
  _id: string
  _openid: string
  shortNo: string
  communityId: string
  /** Street-level place (community and street): all that the pool shows. */
  area: string
  requestId: string
  createdBy: string
  onBehalfOf: string | null
  forLinkId: string | null
  beneficiaryName: string | null
  /** orders.createFor: the registered beneficiary (受助对象) the order serves; absent on a resident's own order. */
  beneficiaryId?: string | null
  /** The beneficiary is in a priority group (domain/beneficiaries.ts): listed first on the 调度台. */
  priority?: boolean
  /** Who may see and act on it as its resident: the creator, and the family member once they use WeChat. */
  ownerOpenids: string[]
  category: ServiceCategory
  /** The catalogue label when it was made (absent on older orders: categoryLabel falls back to the built-in one). */
  categoryLabel?: string
  /** 'dispatch': its category is kept out of the grab pool (exclusion.ts); absent or null: open to grabs. */
  route?: 'dispatch' | null
  description: string
  photos: OrderPhotoDoc[]
  address: { addressId: string; detail: string; contactName: string; contactPhone: string; location: unknown | null }
  /** The address's point, or the community's when the address has none (then check-in needs the code). */
  location: unknown
  exactLocation: boolean
  windowStart: Date
  windowEnd: Date
  urgency: 'normal' | 'urgent'
  funding: 'own_hours' | 'community_pool' | 'public_service'
  estimatedMinutes: number
  skillsNeeded: ServiceCategory[]
  minAge: number
  needsInsurance: boolean
  status: OrderStatus
  volunteerOpenid: string | null
  volunteerId: string | null
  volunteerName: string | null
  volunteerNo: string | null
  /** Volunteers who declined or withdrew: not offered this order again. */
  declinedBy: string[]
  checkInCode: string
  slaDueAt: Date
  escalated: boolean
  escalatedAt: Date | null
  /**
   * The second escalation level (街道), set when the community's escalation marks the order and its community is
   * in a street: the street, when the street's admins are told (streetDueAt), and whether they were
   * (streetEscalated, false until then). Absent on orders of communities without a street: never escalated there.
   */
  streetId?: string | null
  streetDueAt?: Date | null
  streetEscalated?: boolean
  streetEscalatedAt?: Date | null
  acceptedAt: Date | null
  checkInAt: Date | null
  checkInMethod: 'fence' | 'code' | null
  checkOutAt: Date | null
  autoConfirmAt: Date | null
  servedMinutes: number | null
  finalMinutes: number | null
  rating: { stars: number; tags: string[]; comment: string | null; at: Date } | null
  dispute: { reason: string; byOpenid: string; at: Date; resolution: string | null; minutes: number | null; resolvedBy: string | null } | null
  cancelReason: string | null
  /** When the hours were paid (the settlement posting) and for how many minutes; absent until then. */
  settledAt?: Date | null
  settledMinutes?: number | null
  /** 'due' from creation until the settle worker has counted the new order on the 工作台 (absent afterwards):
   * the create request stays within its round trips, and the nightly rebuild skips what is not yet counted. */
  tally?: 'due' | null
  events: OrderEventDoc[]
  createdAt: Date
  updatedAt: Date
}
