// One community on the 街道工作台: its people and its open work at a glance — orders past the community's SLA and
// those escalated on to the street in red (with words, not colour alone) — and the ways to manage it.
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { CommunityHealth } from '../../../../shared/contracts'
import { STREET_PAGES } from '../../../../hooks/streetRoutes'

interface Cell {
  label: string
  n: string
  alarm?: boolean
}

export default function HealthCard({ c }: { c: CommunityHealth }) {
  const cells: Cell[] = [
    { label: '常住人口', n: c.population === null ? '未填写' : String(c.population) },
    { label: '注册居民', n: String(c.residents) },
    { label: '协调员', n: String(c.coordinators) },
    { label: '注册志愿者', n: String(c.registered) },
    { label: '今年参与服务', n: String(c.activeVolunteers) },
    { label: '进行中订单', n: String(c.openOrders) },
    { label: '超时未接单', n: String(c.escalatedOrders), alarm: c.escalatedOrders > 0 },
    { label: '已上报街道', n: String(c.streetEscalatedOrders), alarm: c.streetEscalatedOrders > 0 }
  ]
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className='cv-street__card' id={`community-${c.communityId}`}>
      <View className='cv-street__card-head'>
        <Text className='cv-street__card-title'>{c.name}</Text>
        {c.coordinators === 0 ? <Text className='cv-street__badge'>缺协调员</Text> : <Text className='cv-street__code'>编码 {c.code}</Text>}
      </View>
      <View className='cv-health'>
        {cells.map((x) => (
          <View key={x.label} className={`cv-health__cell${x.alarm ? ' cv-health__cell--alarm' : ''}`}>
            <Text className='cv-health__n'>{x.n}</Text>
            <Text className='cv-health__label'>{x.label}</Text>
          </View>
        ))}
      </View>
      <View className='cv-street__actions'>
        <Text className='cv-street__action' onClick={go(STREET_PAGES.communityEdit(c.communityId))}>
          编辑社区
        </Text>
        <Text className='cv-street__action' onClick={go(STREET_PAGES.coordinators(c.communityId))}>
          协调员
        </Text>
        <Text className='cv-street__action' onClick={go(STREET_PAGES.communityQr(c.communityId))}>
          入驻二维码
        </Text>
      </View>
    </View>
  )
}
