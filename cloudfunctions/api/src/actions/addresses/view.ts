import type * as z from '../../../../../src/shared/zod'
import type { AddressView } from '../../../../../src/shared/contracts'
import { toLocation } from '../../lib/geo'
import type { AddressDoc } from '../../repos/addresses'

export function addressView(a: AddressDoc): z.infer<typeof AddressView> {
  return { id: a._id, label: a.label, detail: a.detail, contactName: a.contactName, contactPhone: a.contactPhone, location: toLocation(a.location) }
}
