// Paying for an order with one's own hours: who may, the key the hold is kept under, and storing the order with it.
import { AppError } from '../../../../../src/shared/errors'
import { accountId } from '../../../../../src/shared/domain/ledger'
import { placeHoldIn } from '../../repos/ledger'
import { insertOrderIn, readOrderIn, type OrderDoc } from '../../repos/orders'
import { inTransaction } from '../../repos/transaction'
import { ageOn } from '../../../../../src/shared/domain/idcard'
import { shanghaiDay } from '../../../../../src/shared/time'
import type { ActionContext } from '../define'

/** The hold for order `orderId` on its payer's account; the settlement consumes it, a cancellation releases it. */
export const holdKeyOf = (orderId: string) => `order_${orderId}`

/**
 * The community's spend-from age (e.g. Shanghai: 65) applies to spending one's hours on oneself; spending them on
 * a family member one acts for is what the scheme encourages. Age is known only from a real-name record.
 */
export function assertMaySpend(spendFromAge: number | null, forFamily: boolean, ctx: ActionContext): void {
  if (spendFromAge === null || forFamily) return
  const birth = ctx.volunteer?.birthDate
  if (!birth) throw new AppError('SPEND_AGE', { funding: `本社区年满${spendFromAge}周岁方可使用自己的时间，请先完成实名登记或选择其他支付方式` })
  if (ageOn(birth, shanghaiDay(ctx.now)) < spendFromAge) throw new AppError('SPEND_AGE', { funding: `本社区年满${spendFromAge}周岁方可使用自己的时间` })
}

/**
 * Stores a new own-hours order and the hold of its estimate on the creator's account in ONE transaction, so a
 * crash never leaves one without the other (a hold no order will release, or an order whose minutes nobody held).
 * A replay finds the order inside the transaction and writes nothing — in particular no second hold once the
 * first was consumed by the settlement or released by a cancellation. Returns the order stored first, or null
 * when this call stored `doc`.
 */
export async function insertHeldOrder(doc: OrderDoc, minutes: number, now: Date): Promise<OrderDoc | null> {
  try {
    return await inTransaction(async (t) => {
      const first = await readOrderIn(t, doc._id)
      if (first) return first
      await placeHoldIn(t, accountId.member(doc.createdBy), holdKeyOf(doc._id), minutes, now, doc.communityId)
      await insertOrderIn(t, doc)
      return null
    })
  } catch (e) {
    if (e instanceof AppError && e.code === 'INSUFFICIENT_HOURS')
      throw new AppError('INSUFFICIENT_HOURS', { funding: '您的可用时间不足，可选择社区公益池或公益服务' })
    throw e
  }
}
