// 10分钟服务圈: how many residents' addresses lie within 800 m of an open station, and the ones that do not
// (未覆盖的居民地址) — label, street and a masked name only, with the distance to the nearest open station.
import '../../../../components/StationCard/index.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import type { useStationsAdmin } from '../../../../hooks/useStationsAdmin'
import { formatDistance } from '../../../../shared/domain/stations'

export default function CoverageList({ coverage }: { coverage: ReturnType<typeof useStationsAdmin>['coverage'] }) {
  const c = coverage.data
  return (
    <View className='cv-form' id='coverage'>
      <Text className='cv-form__title'>10分钟服务圈覆盖</Text>
      <LoadState loading={coverage.loading && !c} error={coverage.error} onRetry={coverage.reload} />
      {c && (
        <>
          <Text className='cv-form__intro' id='coverage-summary'>
            {c.openStations}个运营中的站点，步行{c.radiusMeters}米内覆盖{c.covered}/{c.located}个居民地址
            {c.coveredShare === null ? '' : `（${Math.round(c.coveredShare * 100)}%）`}
            {c.unlocated > 0 ? `；另有${c.unlocated}个地址未定位，无法计算` : ''}。
          </Text>
          <Text className='cv-field__label'>未覆盖的居民地址（{c.uncoveredCount}）</Text>
          {c.uncovered.length === 0 && <Text className='cv-empty'>所有已定位的居民地址都在服务圈内</Text>}
          {c.uncovered.map((u) => (
            <View key={u.addressId} className='cv-coverage-item'>
              <View className='cv-coverage-item__body'>
                <Text className='cv-coverage-item__title'>
                  {u.area} · {u.label}
                </Text>
                <Text className='cv-coverage-item__meta'>
                  联系人 {u.residentName}
                  {u.nearestStation ? ` · 最近：${u.nearestStation}` : ''}
                </Text>
              </View>
              <Text className='cv-coverage-item__far'>{u.nearestMeters === null ? '附近无站点' : formatDistance(u.nearestMeters)}</Text>
            </View>
          ))}
          {c.hasMore && <Text className='cv-form__intro'>仅显示最远的{c.uncovered.length}个</Text>}
        </>
      )}
    </View>
  )
}
