import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { COMMUNITY_PAGE } from '../../../../hooks/orderRoutes'
import { useMe } from '../../../../hooks/useMe'
import { useOrderDraft } from '../../../../hooks/useOrderDraft'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import OrderForm from '../../components/OrderForm'

/** 一键求助: a resident (or a family member for them) asks for help; the order opens once it is sent. */
export default function OrderNewPage() {
  const { me, loading, error, reload } = useMe()
  const draft = useOrderDraft()
  useReloadOnShow(draft.reloadAddresses) // back from 我的社区 with a new address
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {/* Without a community the catalogue cannot load: the notice below says what to do instead. */}
        <LoadState
          loading={loading || (!!me?.community && draft.loading)}
          error={error ?? (me?.community ? draft.error : null)}
          onRetry={() => (error ? reload() : draft.reload())}
        />
        {me && !me.community && (
          <>
            <Text className='cv-notice'>求助前请先加入您所在的社区，社区的志愿者才能看到您的需求。</Text>
            <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: COMMUNITY_PAGE })}>
              去加入社区
            </Button>
          </>
        )}
        {me?.community && !draft.loading && !draft.error && <OrderForm draft={draft} />}
      </View>
    </View>
  )
}
