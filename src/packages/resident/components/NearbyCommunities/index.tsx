// 附近的社区: in the mini-program from the device's location; in H5 (no map, no GPS) from a small
// latitude/longitude form that starts at the demo community. Each result can be joined directly.
import '../resident.css'
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import TextField from '../../../../components/TextField'
import type { useCommunityJoin } from '../../../../hooks/useCommunity'
import { useNearbyCommunities } from '../../../../hooks/useCommunity'
import { CAN_LOCATE, DEMO_LOCATION } from '../../../../hooks/location'

const distance = (m: number) => (m < 1000 ? `${Math.round(m)}米` : `${(m / 1000).toFixed(1)}公里`)

export default function NearbyCommunities({ join, currentId }: { join: ReturnType<typeof useCommunityJoin>; currentId: string | null }) {
  const nearby = useNearbyCommunities()
  const [lat, setLat] = useState(String(DEMO_LOCATION.latitude))
  const [lng, setLng] = useState(String(DEMO_LOCATION.longitude))
  const [coordError, setCoordError] = useState<string | undefined>()

  const find = () => {
    if (CAN_LOCATE) return void nearby.search()
    const latitude = Number(lat)
    const longitude = Number(lng)
    if (!lat.trim() || !lng.trim() || !(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180))
      return setCoordError('请输入正确的纬度（-90～90）和经度（-180～180）')
    setCoordError(undefined)
    void nearby.search({ latitude, longitude })
  }

  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>附近的社区</Text>
      {!CAN_LOCATE && (
        <>
          <Text className='cv-form__intro'>网页版无法定位，请输入位置（默认是文昌社区附近）。</Text>
          <View className='cv-coords'>
            <TextField label='纬度' name='latitude' type='digit' value={lat} onChange={setLat} />
            <TextField label='经度' name='longitude' type='digit' value={lng} onChange={setLng} />
          </View>
          {coordError && <Text className='cv-field__error'>{coordError}</Text>}
        </>
      )}
      <Button className='cv-btn cv-btn--plain' onClick={find}>
        {CAN_LOCATE ? '按我的位置查找' : '查找附近的社区'}
      </Button>
      <LoadState loading={nearby.loading} error={nearby.error} onRetry={find} />
      {nearby.communities && nearby.communities.length === 0 && <Text className='cv-empty'>5公里内没有找到社区</Text>}
      {nearby.communities?.map((c) => (
        <View key={c.id} className='cv-item'>
          <View className='cv-item__body'>
            <Text className='cv-item__title'>{c.name}</Text>
            <Text className='cv-item__meta'>{c.address}</Text>
            <Text className='cv-item__meta'>距离 {distance(c.distanceMeters)}</Text>
          </View>
          {c.id === currentId ? (
            <Text className='cv-item__badge'>当前社区</Text>
          ) : (
            <Button className='cv-btn cv-btn--small' disabled={join.pending || undefined} onClick={() => void join.joinByCode(c.code)}>
              加入
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}
