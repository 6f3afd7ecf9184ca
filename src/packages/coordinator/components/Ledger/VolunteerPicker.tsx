// Which volunteer: the community's approved volunteers as big cards (name, 志愿者编号); once one is chosen only
// they show, with 更换.
import './index.css'
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import type { CommunityVolunteer, useCommunityVolunteers } from '../../../../hooks/useLedgerAdmin'

interface Props {
  list: ReturnType<typeof useCommunityVolunteers>
  value: CommunityVolunteer | null
  onChange: (v: CommunityVolunteer | null) => void
}

export default function VolunteerPicker({ list, value, onChange }: Props) {
  const [query, setQuery] = useState('')
  if (value) {
    return (
      <View className='cv-vpick cv-vpick--on' id='picked-volunteer'>
        <View>
          <Text className='cv-vpick__name'>{value.realName}</Text>
          <Text className='cv-vpick__meta'> {value.volunteerNo ?? ''}</Text>
        </View>
        <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => onChange(null)}>
          更换
        </Button>
      </View>
    )
  }
  const shown = list.items.filter((v) => !query || v.realName.includes(query) || (v.volunteerNo ?? '').includes(query))
  return (
    <View id='volunteer-picker'>
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} />
      {list.items.length > 8 && (
        <View className='cv-chips'>
          {['', ...new Set(list.items.map((v) => v.realName.slice(0, 1)))].map((k) => (
            <Text key={k || 'all'} className={`cv-chip${query === k ? ' cv-chip--on' : ''}`} onClick={() => setQuery(k)}>
              {k || '全部'}
            </Text>
          ))}
        </View>
      )}
      <View className='cv-vpick-list'>
        {shown.map((v) => (
          <View key={v.id} className='cv-vpick' onClick={() => onChange(v)}>
            <Text className='cv-vpick__name'>{v.realName}</Text>
            <Text className='cv-vpick__meta'>{v.volunteerNo ?? ''}</Text>
          </View>
        ))}
      </View>
      {!list.loading && !list.error && list.items.length === 0 && <Text className='cv-empty'>本社区还没有审核通过的志愿者</Text>}
    </View>
  )
}
