import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import StationCard from '../../../../components/StationCard'
import { useMe } from '../../../../hooks/useMe'
import { useStationsAdmin } from '../../../../hooks/useStationsAdmin'
import type { MeView } from '../../../../shared/contracts'
import CoverageList from '../../components/Stations/CoverageList'
import StationForm from '../../components/Stations/StationForm'

function Stations({ me }: { me: MeView }) {
  const allowed = me.roles.includes('coordinator') || me.roles.includes('admin')
  const admin = useStationsAdmin(allowed)
  if (!allowed) return <Text className='cv-notice'>服务站管理需要社区协调员身份。</Text>
  if (admin.editing) return <StationForm admin={admin} />
  const stations = admin.list.data?.stations ?? []
  return (
    <>
      <Button className='cv-btn' id='station-add' onClick={() => admin.startNew(stations[0]?.location)}>
        添加服务站
      </Button>
      <CoverageList coverage={admin.coverage} />
      <View className='cv-form'>
        <Text className='cv-form__title'>本社区的服务站（{stations.length}）</Text>
        <LoadState loading={admin.list.loading && !admin.list.data} error={admin.list.error} onRetry={admin.list.reload} />
        {admin.list.data && stations.length === 0 && <Text className='cv-empty'>还没有服务站，点上方“添加服务站”</Text>}
      </View>
      {stations.map((s) => (
        <StationCard key={s.id} station={s}>
          <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => admin.startEdit(s)}>
            编辑
          </Button>
        </StationCard>
      ))}
    </>
  )
}

/** 服务站管理: the community's stations (站、岗、室、点) — add and edit — and the 10-minute circle's uncovered addresses. */
export default function StationsAdminPage() {
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>{me ? <Stations me={me} /> : <LoadState loading={loading} error={error} onRetry={reload} />}</View>
    </View>
  )
}
