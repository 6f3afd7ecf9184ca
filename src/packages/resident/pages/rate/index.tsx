import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useRating } from '../../../../hooks/useRating'
import { formatMinutes } from '../../../../shared/time'
import RatingForm from '../../components/RatingForm'

/** 评价 (?id=…): confirming the service is done, with stars, tags and a comment. */
export default function RatePage() {
  const { params } = useRouter()
  const rating = useRating(params.id ?? '')
  const o = rating.order
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={rating.loading} error={rating.error} onRetry={rating.reload} />
        {o && (
          <>
            <View className='cv-form'>
              <Text className='cv-form__title'>{o.categoryLabel}</Text>
              <Text className='cv-form__intro'>{o.volunteer ? `志愿者 ${o.volunteer.name} 已完成服务，请确认并评价。` : '请确认服务已完成并评价。'}</Text>
              {o.servedMinutes !== null && <Text className='cv-form__intro'>服务时长：{formatMinutes(o.servedMinutes)}（如与实际不符，可在订单中申诉）</Text>}
            </View>
            {o.moves.includes('confirm') ? <RatingForm rating={rating} /> : <Text className='cv-notice'>这个订单现在不需要确认。</Text>}
          </>
        )}
      </View>
    </View>
  )
}
