// One order escalated to the street on 街道调度: what, which community, where (the street-level area only), when,
// how long it has waited — and, opened, the volunteers of every community of the street the server ranks for it
// (orders.candidates), each with their community, to 派单 to one. A dispatched order waits for its volunteer.
import '../../../../components/OrderCard/index.css'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import { StatusBadge } from '../../../../components/OrderCard'
import { distanceText, URGENCY_LABELS, windowText } from '../../../../hooks/orderFormat'
import type { ActionOutput, StreetBoardItem } from '../../../../shared/contracts'
import { formatShanghai } from '../../../../shared/time'

type Candidate = ActionOutput<'orders.candidates'>['candidates'][number]

interface Props {
  item: StreetBoardItem
  open: boolean
  onToggle: () => void
  candidates: Candidate[]
  loading: boolean
  error: string | null
  chosen: string | null
  pending: boolean
  onDispatch: (volunteerId: string) => void
}

export default function StreetOrder({ item: o, open, onToggle, candidates, loading, error, chosen, pending, onDispatch }: Props) {
  const pendingOrder = o.status === 'pending'
  return (
    <View className='cv-order' id={`street-order-${o.id}`}>
      <View className='cv-order__head'>
        <Text className='cv-order__title'>{o.categoryLabel}</Text>
        <View className='cv-badges'>
          {o.urgency === 'urgent' && <Text className='cv-badge cv-badge--urgent'>{URGENCY_LABELS.urgent}</Text>}
          <Text className='cv-badge cv-badge--late'>已上报街道</Text>
          <StatusBadge status={o.status} />
        </View>
      </View>
      <Text className='cv-order__row cv-street-order__community'>{o.communityName}</Text>
      <Text className='cv-order__row'>{o.description}</Text>
      <Text className='cv-order__row cv-order__row--strong'>时间：{windowText(o.windowStart, o.windowEnd)}</Text>
      <Text className='cv-order__row'>地点：{o.area}</Text>
      <Text className='cv-order__row'>
        提交：{formatShanghai(o.createdAt, 'MM-DD HH:mm')}
        {o.streetEscalatedAt ? ` · 上报街道：${formatShanghai(o.streetEscalatedAt, 'MM-DD HH:mm')}` : ''} · 单号 {o.shortNo}
      </Text>
      {o.volunteer && <Text className='cv-order__row'>已派给 {o.volunteer.name}，等待对方接单</Text>}
      {pendingOrder && (
        <Button className={`cv-btn${open ? ' cv-btn--plain' : ''}`} onClick={onToggle}>
          {open ? '收起' : '选择志愿者派单'}
        </Button>
      )}
      {open && (
        <View className='cv-street-order__cands'>
          <FormError message={error} />
          {loading && <Text className='cv-form__intro'>正在查找本街道各社区的志愿者…</Text>}
          {!loading && (
            <Text className='cv-form__intro'>
              {candidates.length ? `本街道${candidates.length}位志愿者可以接这一单，按推荐程度排列` : '本街道暂时没有符合条件的志愿者'}
            </Text>
          )}
          {!loading &&
            candidates.map((c) => (
              <View key={c.volunteerId} className='cv-street-cand' id={`candidate-${c.volunteerId}`}>
                <View className='cv-street-cand__head'>
                  <Text className='cv-street-cand__name'>{c.name}</Text>
                  <Text className='cv-street-cand__score'>{c.score.toFixed(0)}分</Text>
                </View>
                <Text className='cv-street-cand__row'>
                  {c.communityName ?? o.communityName}
                  {distanceText(c.distanceMeters) ? ` · 距离${distanceText(c.distanceMeters)}` : ''} · 手上{c.load}单
                </Text>
                {c.reasons.length > 0 && <Text className='cv-street-cand__row'>{c.reasons.join('；')}</Text>}
                <Button className='cv-btn cv-btn--small' disabled={pending || undefined} onClick={() => onDispatch(c.volunteerId)}>
                  {pending && chosen === c.volunteerId ? '正在提交…' : `派单给${c.name}`}
                </Button>
              </View>
            ))}
        </View>
      )}
    </View>
  )
}
