import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { openStationOnMap, useNearbyStations } from '../../../../hooks/useStations'
import { WALK_CIRCLE_METERS } from '../../../../shared/domain/stations'
import StationCard from '../../../../components/StationCard'
import StationsMap from '../../components/Stations/StationsMap'

/**
 * 服务站地图: the volunteer service stations (站、岗、室、点) near the resident, nearest first, each with distance,
 * 营业中/已关闭, hours and services. The mini-program shows them on WeChat's map above the list (around the device's
 * location); H5 has no map or GPS here and lists them around the resident's community.
 */
export default function StationsPage() {
  const { data, loading, error, located, reload } = useNearbyStations()
  const within = data ? data.stations.filter((s) => s.distanceMeters <= WALK_CIRCLE_METERS).length : 0
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={loading && !data} error={error} onRetry={() => void reload()} />
        {data && (
          <>
            {process.env.TARO_ENV === 'weapp' && <StationsMap center={data.center} stations={data.stations} circle={located} onPick={openStationOnMap} />}
            <Text className='cv-station-summary' id='stations-summary'>
              {located ? '您附近' : '本社区附近'}有{data.stations.length}个志愿服务站点，其中{within}个在步行10分钟（{WALK_CIRCLE_METERS}米）以内。
            </Text>
            {data.stations.length === 0 && <Text className='cv-empty'>附近还没有志愿服务站点</Text>}
            {data.stations.map((s) => (
              <StationCard key={s.id} station={s} distanceMeters={s.distanceMeters}>
                {process.env.TARO_ENV === 'weapp' && (
                  <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => openStationOnMap(s)}>
                    查看位置
                  </Button>
                )}
              </StationCard>
            ))}
          </>
        )}
      </View>
    </View>
  )
}
