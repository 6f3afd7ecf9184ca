// 随手拍详情 for every role: status in large type, what and where, the photos before and after (hidden until their
// check passes), who rectifies it and how, the panel for the move this viewer may make now (from ReportView.moves:
// 派单 / 整改 / 验收办结 / 重新办理) and the timeline.
import '../OrderDetail/index.css'
import '../OrderForm/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import ReportTimeline from '../../../../components/ReportTimeline'
import type { ReportMover } from '../../../../hooks/useReports'
import { REPORT_STATUS_LABELS } from '../../../../shared/contracts'
import { formatShanghai } from '../../../../shared/time'
import { Row } from '../OrderDetail/Row'
import AcceptPanel from './AcceptPanel'
import DispatchPanel from './DispatchPanel'
import PhotoGrid from './PhotoGrid'
import RectifyPanel from './RectifyPanel'

const STATUS_TEXT: Record<keyof typeof REPORT_STATUS_LABELS, string> = {
  filed: '已收到，等待社区派人整改',
  dispatched: '已派单，正在整改',
  rectified: '已整改，等待社区验收',
  closed: '问题已解决，感谢您的参与',
  reopened: '已重新办理，等待社区再次派单'
}

export default function ReportDetail({ mover, justCreated }: { mover: ReportMover; justCreated: boolean }) {
  const r = mover.report!
  const { moves } = r
  return (
    <>
      {justCreated && r.status === 'filed' && <Text className='cv-success'>上报成功，社区会尽快安排处理</Text>}
      <View className={`cv-form cv-report-status cv-report-status--${r.status}`}>
        <View className='cv-report-status__head'>
          <Text className='cv-report-status__label'>{REPORT_STATUS_LABELS[r.status]}</Text>
          <Text className='cv-report-status__category'>{r.categoryLabel}</Text>
        </View>
        <Text className='cv-report-status__text'>{STATUS_TEXT[r.status]}</Text>
        {r.assignee && (
          <Text className='cv-report-status__text'>
            整改：{r.assignee.name}
            {r.assignee.kind === 'team' ? '（服务队）' : ''}
          </Text>
        )}
        {r.status === 'reopened' && r.reopenReason && <Text className='cv-report-status__text'>重开原因：{r.reopenReason}</Text>}
      </View>
      {/* What was done comes before 验收 / 重新办理: the coordinator compares it with the problem below. */}
      {(r.afterPhotos.length > 0 || r.rectifyNote) && (
        <View className='cv-form'>
          <Text className='cv-form__title'>整改结果</Text>
          {r.rectifyNote && <Text className='cv-detail-description'>{r.rectifyNote}</Text>}
          <Text className='cv-report-photos__title'>整改后照片</Text>
          <PhotoGrid photos={r.afterPhotos} name='after' />
        </View>
      )}
      {moves.includes('dispatch') && <DispatchPanel mover={mover} />}
      {moves.includes('rectify') && <RectifyPanel mover={mover} />}
      {(moves.includes('close') || moves.includes('reopen')) && <AcceptPanel mover={mover} moves={moves} />}
      <View className='cv-form'>
        <Text className='cv-form__title'>{r.categoryLabel}</Text>
        <Text className='cv-detail-description'>{r.description}</Text>
        <Row label='位置' value={r.place} />
        <Row label='上报时间' value={formatShanghai(r.createdAt)} />
        <Text className='cv-report-photos__title'>现场照片</Text>
        <PhotoGrid photos={r.photos} name='before' />
      </View>
      <View className='cv-form'>
        <Text className='cv-form__title'>办理进展</Text>
        <ReportTimeline events={r.events} />
      </View>
    </>
  )
}
