import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/VolunteerStatus/index.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import { AVAILABILITY_LABELS } from '../../../../hooks/labels'
import { useCatalog } from '../../../../hooks/useCatalog'
import { useVolunteerSelf } from '../../../../hooks/useVolunteerSelf'
import { ENDED_LIFECYCLES } from '../../../../shared/domain/volunteerLifecycle'
import LifecyclePanel from '../../components/VolunteerSelf/LifecyclePanel'
import OfferForm from '../../components/VolunteerSelf/OfferForm'

const Row = ({ label, value }: { label: string; value: string }) => (
  <View className='cv-kv'>
    <Text className='cv-kv__label'>{label}</Text>
    <Text className='cv-kv__value'>{value}</Text>
  </View>
)

function Body() {
  const self = useVolunteerSelf()
  const catalog = useCatalog()
  const v = self.volunteer
  if (self.loading || self.error) return <LoadState loading={self.loading} error={self.error} onRetry={self.reload} />
  if (!v || v.status !== 'approved') {
    return (
      <>
        <Text className='cv-notice'>审核通过的志愿者才能修改服务信息和接单状态。</Text>
        <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: '/packages/volunteer/pages/register/index' })}>
          查看我的注册
        </Button>
      </>
    )
  }
  if (self.editing) return <OfferForm self={self} />
  // Leaving or revocation ends the registration: the record stays as it was (the server refuses edits too).
  const editable = !ENDED_LIFECYCLES.includes(v.lifecycle)
  return (
    <>
      <LifecyclePanel self={self} />
      <View className='cv-form'>
        <Text className='cv-form__title'>服务信息</Text>
        <Row label='服务技能' value={catalog.labels(v.skills)} />
        <Row label='可服务时段' value={v.availability.map((s) => AVAILABILITY_LABELS[s]).join('、')} />
        <Row label='服务区域' value={v.serviceArea} />
        {editable && (
          <Button className='cv-btn cv-btn--plain cv-btn--top' id='offer-edit' onClick={self.startEdit}>
            修改服务信息
          </Button>
        )}
      </View>
    </>
  )
}

/** 服务信息与状态: the volunteer edits what they offer and pauses, resumes or leaves (志愿者中心 → 服务信息与状态). */
export default function VolunteerProfilePage() {
  return <MePage>{() => <Body />}</MePage>
}
