// 星级: stars from RECORDED service hours (records incl. honorary top-ups, not the spendable balance) — 1★ 100 h,
// 2★ 300 h, 3★ 600 h, 4★ 1000 h, 5★ 1500 h — and how far it is to the next one.
import './index.css'
import { Text, View } from '@tarojs/components'
import { starText } from '../../../../hooks/timebankFormat'
import { STAR_THRESHOLD_HOURS } from '../../../../shared/domain/stars'
import { formatMinutes } from '../../../../shared/time'

interface Props {
  totalMinutes: number
  stars: number
  nextStar: { stars: number; minutesNeeded: number } | null
  compact?: boolean
}

export default function StarProgress({ totalMinutes, stars, nextStar, compact }: Props) {
  const from = stars > 0 ? STAR_THRESHOLD_HOURS[stars - 1] * 60 : 0
  const to = nextStar ? totalMinutes + nextStar.minutesNeeded : from
  const pct = nextStar && to > from ? Math.max(0, Math.min(100, Math.round(((totalMinutes - from) / (to - from)) * 100))) : 100
  return (
    <View className={`cv-stars-card${compact ? ' cv-stars-card--compact' : ''}`} id='star-progress'>
      <View className='cv-stars-card__head'>
        <Text className='cv-stars-card__stars' aria-label={`${stars}星`}>
          {starText(stars)}
        </Text>
        <Text className='cv-stars-card__level'>{stars > 0 ? `${stars}星志愿者` : '尚未评星'}</Text>
      </View>
      <Text className='cv-stars-card__total'>累计服务记录 {formatMinutes(totalMinutes)}</Text>
      {nextStar ? (
        <>
          <View className='cv-stars-card__bar'>
            <View className='cv-stars-card__fill' style={{ width: `${pct}%` }} />
          </View>
          <Text className='cv-stars-card__next'>
            再服务 {formatMinutes(nextStar.minutesNeeded)} 即可达到 {nextStar.stars}星（{STAR_THRESHOLD_HOURS[nextStar.stars - 1]}小时）
          </Text>
        </>
      ) : (
        <Text className='cv-stars-card__next'>已达到最高星级，感谢您的长期奉献！</Text>
      )}
    </View>
  )
}
