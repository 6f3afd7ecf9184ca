// 到达签到: in the mini-program the volunteer's location is sent and the server checks it against the address's
// fence. Without a location (H5, refused, or no fix) or outside the fence, the resident tells the volunteer the
// 4-digit code shown on their order, and the volunteer types it.
import { useCallback, useState } from 'react'
import { CAN_LOCATE, currentLocation } from './location'
import type { OrderMover } from './useOrderMoves'

export function useCheckIn(orderId: string, mover: OrderMover) {
  const [needCode, setNeedCode] = useState(!CAN_LOCATE)
  const [code, setCode] = useState('')
  const [locating, setLocating] = useState(false)

  const byLocation = useCallback(async () => {
    setLocating(true)
    const location = await currentLocation().catch(() => null)
    setLocating(false)
    if (!location) {
      setNeedCode(true)
      return null
    }
    const done = await mover.run(orderId, { move: 'checkIn', location })
    if (!done) setNeedCode(true) // out of the fence (or no reply): the code is the way in
    return done
  }, [orderId, mover])

  const byCode = useCallback(() => mover.run(orderId, { move: 'checkIn', code }), [orderId, mover, code])

  return { canLocate: CAN_LOCATE, needCode, code, setCode: (v: string) => setCode(v.replace(/\D/g, '').slice(0, 4)), byLocation, byCode, locating }
}
