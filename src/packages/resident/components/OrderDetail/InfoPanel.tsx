// What was asked: service, time, place (the full address only for those allowed to see it), photos (tap to enlarge;
// hidden until they pass the content check), and who pays.
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import type { OrderView } from '../../../../shared/contracts'
import { distanceText, FUNDING_LABELS, URGENCY_LABELS, windowText } from '../../../../hooks/orderFormat'
import { formatMinutes, formatShanghai } from '../../../../shared/time'
import { Row } from './Row'

function Photo({ photo, all }: { photo: OrderView['photos'][number]; all: string[] }) {
  const url = photo.url
  if (url)
    return (
      <Image
        className='cv-detail-photo'
        src={url}
        mode='aspectFill'
        onClick={() => void Taro.previewImage({ urls: all, current: url }).catch(() => undefined)}
      />
    )
  return <Text className='cv-detail-photo cv-detail-photo--hidden'>{photo.status === 'checking' ? '图片审核中' : '图片未通过审核'}</Text>
}

export default function InfoPanel({ order: o }: { order: OrderView }) {
  const distance = distanceText(o.distanceMeters)
  const shown = o.photos.flatMap((p) => (p.url ? [p.url] : []))
  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>{o.categoryLabel}</Text>
      <Text className='cv-detail-description'>{o.description}</Text>
      <Row label='服务时间' value={windowText(o.windowStart, o.windowEnd)} />
      <Row label='紧急程度' value={URGENCY_LABELS[o.urgency]} />
      <Row label='预计用时' value={formatMinutes(o.estimatedMinutes)} />
      {o.beneficiaryName && <Row label='服务对象' value={o.beneficiaryName} />}
      <Row label='所在区域' value={distance ? `${o.area}（距您${distance}）` : o.area} />
      {o.address && (
        <View className='cv-detail-address'>
          <Text className='cv-detail-address__detail'>{o.address.detail}</Text>
          <Text className='cv-detail-address__contact'>
            联系人：{o.address.contactName} {o.address.contactPhone}
          </Text>
        </View>
      )}
      <Row label='时间支付' value={FUNDING_LABELS[o.funding]} />
      <Row label='提交时间' value={formatShanghai(o.createdAt)} />
      {o.photos.length > 0 && (
        <View className='cv-detail-photos'>
          {o.photos.map((p, i) => (
            <Photo key={i} photo={p} all={shown} />
          ))}
        </View>
      )}
    </View>
  )
}
