import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import '../../components/street.css'
import '../../components/communityAdmin.css'
import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { STREET_PAGES } from '../../../../hooks/streetRoutes'
import { useCommunityEdit } from '../../../../hooks/useCommunityEdit'
import type { MeView } from '../../../../shared/contracts'
import CommunityForm from '../../components/CommunityForm'

function Editor({ me, id, streetId }: { me: MeView; id: string | undefined; streetId: string | undefined }) {
  const roles = me.roles
  const manages = roles.includes('admin') || roles.includes('street_admin')
  const allowed = manages || (!!id && roles.includes('coordinator'))
  const edit = useCommunityEdit(id, streetId, allowed)
  useEffect(() => {
    if (!id) void Taro.setNavigationBarTitle({ title: '新建社区' })
  }, [id])
  if (!allowed) return <Text className='cv-notice'>社区管理需要街道管理员或社区协调员身份。</Text>
  if (id && !edit.detail.data) return <LoadState loading={edit.detail.loading} error={edit.detail.error} onRetry={edit.detail.reload} />
  const submit = async () => {
    const made = await edit.submit()
    // A new community's next step is its join poster; an edit stays here, saved.
    if (made && typeof made === 'string') void Taro.redirectTo({ url: STREET_PAGES.communityQr(made) })
  }
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <>
      <CommunityForm edit={edit} isNew={!id} onSubmit={() => void submit()} />
      {id && (
        <View className='cv-street__links'>
          <Button className='cv-btn cv-btn--plain' onClick={go(STREET_PAGES.communityQr(id))}>
            入驻二维码
          </Button>
          <Button className='cv-btn cv-btn--plain' onClick={go(STREET_PAGES.coordinators(id))}>
            协调员
          </Button>
        </View>
      )}
    </>
  )
}

/** 新建社区 (no id) / 编辑社区 (?id=): name, code, address, map point, 常住人口. Platform admins pass ?streetId= to create. */
export default function CommunityEditPage() {
  const { params } = useRouter()
  const { me, loading, error, reload } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {me ? <Editor me={me} id={params.id} streetId={params.streetId} /> : <LoadState loading={loading} error={error} onRetry={reload} />}
      </View>
    </View>
  )
}
