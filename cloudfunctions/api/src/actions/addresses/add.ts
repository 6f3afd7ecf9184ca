// addresses.add — a new address in the caller's book, at most MAX_ADDRESSES. Each address takes a free slot; the
// unique index (owner, slot) makes the cap hold under concurrent adds: an insert that loses a slot to a racing
// add tries the next free one, and once every slot it saw is gone, a fresh look reports the book full.
import { AppError } from '../../../../../src/shared/errors'
import { ROLES } from '../../../../../src/shared/domain/roles'
import { isDuplicateKey } from '../../lib/dbErrors'
import { toGeoPoint } from '../../lib/geo'
import { insertAddress, listAddresses, MAX_ADDRESSES, type AddressDoc } from '../../repos/addresses'
import { defineAction } from '../define'
import { addressView } from './view'

const ROUNDS = 3

export const add = defineAction({
  action: 'addresses.add',
  allow: ROLES, // any signed-up user
  scope: 'self',
  personal: true, // 《用户隐私保护指引》 consent first (router: CONSENT_REQUIRED)
  async handler(input, ctx) {
    for (let round = 1; round <= ROUNDS; round++) {
      const taken = new Set((await listAddresses(ctx.openid)).map((a) => a.slot))
      const free = Array.from({ length: MAX_ADDRESSES }, (_, i) => i).filter((i) => !taken.has(i))
      if (free.length === 0) throw new AppError('LIMIT_REACHED', { _: `最多保存${MAX_ADDRESSES}个地址，请先删除不用的地址` })
      for (const slot of free) {
        const doc: Omit<AddressDoc, '_id'> = {
          _openid: ctx.openid,
          ownerOpenid: ctx.openid,
          slot,
          label: input.label,
          detail: input.detail,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          location: input.location ? toGeoPoint(input.location) : null,
          createdAt: ctx.now
        }
        try {
          return addressView({ ...doc, _id: await insertAddress(doc), location: input.location })
        } catch (e) {
          if (!isDuplicateKey(e, 'owner_slot_unique')) throw e
        }
      }
    }
    throw new AppError('CONFLICT')
  }
})
