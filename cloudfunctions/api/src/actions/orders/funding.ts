// Paying for an order with one's own hours: who may, and the key the hold is kept under.
import { AppError } from '../../../../../src/shared/errors'
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
