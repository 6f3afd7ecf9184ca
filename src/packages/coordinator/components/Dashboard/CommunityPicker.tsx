// Admins only: which community the 工作台 shows — all communities together (the nightly totals), or one found near
// them (communities.nearby).
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import { useNearbyCommunities } from '../../../../hooks/useCommunity'

const ALL = 'all'

export default function CommunityPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const nearby = useNearbyCommunities()
  return (
    <View className='cv-dash__picker'>
      <Text className='cv-dash__label'>管理员：选择社区</Text>
      {nearby.communities ? (
        <Chips
          name='community'
          options={[{ value: ALL, label: '全部社区' }, ...nearby.communities.map((c) => ({ value: c.id, label: c.name }))]}
          value={value ?? ALL}
          onChange={(v) => onChange(v === ALL ? null : v)}
        />
      ) : (
        <Button className='cv-btn cv-btn--small' loading={nearby.loading} onClick={() => void nearby.search()}>
          查找附近社区
        </Button>
      )}
      {nearby.error && <Text className='cv-notice'>{nearby.error.message}</Text>}
    </View>
  )
}
