import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useReport } from '../../../../hooks/useReports'
import ReportDetail from '../../components/ReportDetail'

/** 随手拍详情 (?id=…): the same page for the reporter, the assignee and the coordinator. */
export default function ReportPage() {
  const { params } = useRouter()
  const mover = useReport(params.id ?? '')
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {/* A refresh keeps the report on screen; the loading state shows only before the first answer. */}
        {!mover.report && <LoadState loading={mover.loading} error={mover.error ?? (params.id ? null : { message: '缺少上报编号' })} onRetry={mover.reload} />}
        {mover.report && <ReportDetail mover={mover} justCreated={params.created === '1'} />}
      </View>
    </View>
  )
}
