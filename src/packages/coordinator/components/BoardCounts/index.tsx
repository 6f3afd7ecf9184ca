// 调度台 counts as large tiles; tapping one shows only those orders (tap again for all).
import './index.css'
import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../shared/contracts'

export type BoardFilter = keyof ActionOutput<'orders.board'>['counts']

const TILES: { key: BoardFilter; label: string; alarm?: boolean }[] = [
  { key: 'pending', label: '待派单' },
  { key: 'escalated', label: '已升级', alarm: true },
  { key: 'overdue', label: '超时', alarm: true },
  { key: 'in_service', label: '服务中' },
  { key: 'awaiting_confirmation', label: '待确认' },
  { key: 'disputed', label: '申诉中', alarm: true }
]

interface Props {
  counts: ActionOutput<'orders.board'>['counts']
  filter: BoardFilter | null
  onFilter: (f: BoardFilter | null) => void
}

export default function BoardCounts({ counts, filter, onFilter }: Props) {
  return (
    <View className='cv-counts'>
      {TILES.map((t) => (
        <View
          key={t.key}
          id={`count-${t.key}`}
          className={`cv-counts__tile${filter === t.key ? ' cv-counts__tile--on' : ''}${t.alarm && counts[t.key] > 0 ? ' cv-counts__tile--alarm' : ''}`}
          onClick={() => onFilter(filter === t.key ? null : t.key)}
        >
          <Text className='cv-counts__n'>{counts[t.key]}</Text>
          <Text className='cv-counts__label'>{t.label}</Text>
        </View>
      ))}
    </View>
  )
}
