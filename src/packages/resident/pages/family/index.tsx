import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import MePage from '../../../../components/MePage'
import { useFamily } from '../../../../hooks/useFamily'
import type { MeView } from '../../../../shared/contracts'
import FamilyConfirm from '../../components/FamilyConfirm'
import FamilyLinkForm from '../../components/FamilyLinkForm'
import { FamilyApprovals, FamilyLinkList } from '../../components/FamilyLinks'

function FamilyBody({ me }: { me: MeView }) {
  const family = useFamily()
  const { list } = family
  const links = list.data?.links ?? []
  return (
    <>
      {me.roles.includes('coordinator') && !list.loading && !list.error && <FamilyApprovals links={links} onChanged={list.reload} />}
      <View className='cv-form'>
        <Text className='cv-form__title'>我的家人代办</Text>
        <LoadState loading={list.loading} error={list.error} onRetry={list.reload} />
        {!list.loading && !list.error && <FamilyLinkList links={links} />}
      </View>
      <FamilyLinkForm family={family} />
      <FamilyConfirm family={family} />
    </>
  )
}

/** 家人代办: act for a family member (e.g. an elderly parent), or confirm that a relative may act for you. */
export default function FamilyPage() {
  return <MePage>{(me) => <FamilyBody me={me} />}</MePage>
}
