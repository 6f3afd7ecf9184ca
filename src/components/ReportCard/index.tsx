// One 随手拍 in a list (我的随手拍, 派给我的, 随手拍管理): category, status, what, where, when, the first photo once it
// passed its check, and who rectifies it. Tapping it opens the report.
import '../OrderCard/index.css'
import './index.css'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { REPORT_STATUS_LABELS } from '../../shared/contracts'
import { REPORT_PAGES, type Report } from '../../hooks/useReports'
import { formatShanghai } from '../../shared/time'

export function ReportStatusBadge({ status }: { status: Report['status'] }) {
  return <Text className={`cv-badge cv-badge--report-${status}`}>{REPORT_STATUS_LABELS[status]}</Text>
}

export default function ReportCard({ report: r }: { report: Report }) {
  const photo = r.photos.find((p) => p.url)?.url
  return (
    <View className='cv-order cv-report' id={`report-${r.id}`} onClick={() => void Taro.navigateTo({ url: REPORT_PAGES.detail(r.id) })}>
      <View className='cv-order__head'>
        <Text className='cv-order__title'>{r.categoryLabel}</Text>
        <View className='cv-badges'>
          <ReportStatusBadge status={r.status} />
        </View>
      </View>
      <View className='cv-report__body'>
        <View className='cv-report__text'>
          <Text className='cv-order__row cv-order__row--strong'>{r.description}</Text>
          <Text className='cv-order__row'>位置：{r.place}</Text>
          <Text className='cv-order__row'>上报：{formatShanghai(r.createdAt, 'MM-DD HH:mm')}</Text>
          {r.assignee && <Text className='cv-order__row'>整改：{r.assignee.name}</Text>}
        </View>
        {photo && <Image className='cv-report__thumb' src={photo} mode='aspectFill' />}
      </View>
    </View>
  )
}
