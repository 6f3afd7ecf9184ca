// 到达签到. Mini-program: one button that sends the location. H5, no location, or outside the fence: the 4-digit
// code the resident reads from their order ("志愿者到达后告诉他/她").
import { Button, Text, View } from '@tarojs/components'
import TextField from '../TextField'
import { useCheckIn } from '../../hooks/useCheckIn'
import type { OrderMover } from '../../hooks/useOrderMoves'

export default function CheckInPanel({ orderId, mover }: { orderId: string; mover: OrderMover }) {
  const c = useCheckIn(orderId, mover)
  const pending = mover.busy === 'checkIn' || c.locating
  return (
    <View className='cv-move-form'>
      {c.canLocate && (
        <Button className='cv-btn cv-move cv-move--checkIn' disabled={pending || undefined} onClick={() => void c.byLocation()}>
          {c.locating ? '正在定位…' : '到达签到（定位）'}
        </Button>
      )}
      {c.needCode && (
        <>
          <TextField
            label='签到码'
            name='code'
            type='number'
            value={c.code}
            onChange={c.setCode}
            maxLength={4}
            error={mover.fieldErrors.code}
            placeholder='请向居民询问4位签到码'
            hint={c.canLocate ? '定位不在服务地点附近时，可输入居民提供的签到码' : '到达后，请居民告诉您订单上的4位签到码'}
          />
          <Button className='cv-btn cv-move cv-move--checkIn-code' disabled={pending || undefined} onClick={() => void c.byCode()}>
            {mover.busy === 'checkIn' ? '正在签到…' : '输入签到码签到'}
          </Button>
        </>
      )}
      {!c.needCode && <Text className='cv-form__intro'>到达服务地点后点击签到，服务时长从签到开始计算。</Text>}
    </View>
  )
}
