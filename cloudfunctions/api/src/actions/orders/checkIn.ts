// orders.checkIn — the volunteer arrives: within the community's fence (default 300 m) of the address, or with
// the 4-digit code the resident reads out (no GPS, or the address has no point). Service time starts now.
import { AppError } from '../../../../../src/shared/errors'
import { orderRulesOf } from '../../../../../src/shared/domain/order'
import { distanceMeters, toLocation } from '../../lib/geo'
import { notify } from '../../lib/notify'
import { ownersToNotify } from './owners'
import { defineAction } from '../define'
import { actorFor, commitMove, loadOrder } from './move'
import { orderView } from './view'

export const checkIn = defineAction({
  action: 'orders.checkIn',
  allow: ['volunteer'],
  scope: 'community',
  needs: ['order'],
  async handler(input, ctx) {
    const o = await loadOrder(input.orderId, ctx)
    const actor = actorFor(o, 'checkIn', ctx)
    const method = checkInMethod(input, o, orderRulesOf(ctx.community?.orderRules).fenceMeters)
    const moved = await commitMove(o, 'checkIn', actor, ctx, { checkInAt: ctx.now, checkInMethod: method }, method === 'code' ? '签到码签到' : '定位签到', {
      volunteerOpenid: ctx.openid
    })
    await notify(await ownersToNotify(moved), 'checked_in', moved, ctx.now)
    return orderView(moved, ctx)
  }
})

function checkInMethod(
  input: { location?: { longitude: number; latitude: number }; code?: string },
  o: { exactLocation: boolean; location: unknown; checkInCode: string },
  fence: number
): 'fence' | 'code' {
  if (input.code !== undefined) {
    if (input.code !== o.checkInCode) throw new AppError('CHECKIN_CODE_INVALID', { code: '签到码不正确，请向居民核对' })
    return 'code'
  }
  const target = toLocation(o.location)
  if (input.location && o.exactLocation && target && distanceMeters(input.location, target) <= fence) return 'fence'
  throw new AppError('OUT_OF_FENCE', { code: `请到达服务地点${fence}米内签到，或输入居民提供的签到码` })
}
