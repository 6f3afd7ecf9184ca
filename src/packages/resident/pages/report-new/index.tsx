import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { COMMUNITY_PAGE } from '../../../../hooks/orderRoutes'
import { useMe } from '../../../../hooks/useMe'
import { useReportDraft } from '../../../../hooks/useReportDraft'
import ReportForm from '../../components/ReportForm'

/** 随手拍: any member of a community reports a problem with photos; the report opens once it is sent. */
export default function ReportNewPage() {
  const { me, loading, error, reload } = useMe()
  const draft = useReportDraft()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={loading} error={error} onRetry={reload} />
        {me && !me.community && (
          <>
            <Text className='cv-notice'>上报前请先加入您所在的社区，社区才能安排处理。</Text>
            <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: COMMUNITY_PAGE })}>
              去加入社区
            </Button>
          </>
        )}
        {me?.community && <ReportForm draft={draft} />}
      </View>
    </View>
  )
}
