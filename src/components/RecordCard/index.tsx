// One service record 志愿服务记录 (volunteer's 服务记录, coordinator's 调账与记录): what, when, where, who organised
// it, minutes, the resident's evaluation, the correction asked for and its answer, and the history of changes
// (before → after, by whom, why). `children` are the page's own buttons (申请更正, 更正 / 驳回).
import './index.css'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { starText } from '../../hooks/timebankFormat'
import { CORRECTION_STATUS_LABELS, RECORD_SOURCE_LABELS, type ServiceRecord } from '../../hooks/useRecords'
import { formatMinutes, formatShanghai } from '../../shared/time'

export default function RecordCard({ record: r, children }: { record: ServiceRecord; children?: ReactNode }) {
  const c = r.correction
  return (
    <View className='cv-record' id={`record-${r.id}`}>
      <View className='cv-record__head'>
        <Text className='cv-record__content'>{r.content}</Text>
        <Text className={`cv-record__minutes${r.source === 'honorary' ? ' cv-record__minutes--honorary' : ''}`}>{formatMinutes(r.minutes)}</Text>
      </View>
      <Text className='cv-record__row'>
        <Text className='cv-record__source'>{RECORD_SOURCE_LABELS[r.source]}</Text> {r.date}
      </Text>
      {r.place && <Text className='cv-record__row'>地点：{r.place}</Text>}
      <Text className='cv-record__row'>组织方：{r.organizer}</Text>
      {r.evaluation && (
        <Text className='cv-record__row'>
          评价：<Text className='cv-record__stars'>{starText(r.evaluation.stars)}</Text>
          {r.evaluation.comment ? ` ${r.evaluation.comment}` : ''}
        </Text>
      )}
      {c && (
        <View className={`cv-record__correction cv-record__correction--${c.status}`}>
          <Text className='cv-record__correction-status'>{CORRECTION_STATUS_LABELS[c.status]}</Text>
          <Text className='cv-record__row'>申请原因：{c.reason}</Text>
          {c.proposedMinutes !== null && <Text className='cv-record__row'>申请时长：{formatMinutes(c.proposedMinutes)}</Text>}
          {c.reply && <Text className='cv-record__row'>社区答复：{c.reply}</Text>}
        </View>
      )}
      {r.history.length > 0 && (
        <View className='cv-record__history'>
          <Text className='cv-record__history-title'>更正记录</Text>
          {r.history.map((h, i) => (
            <Text key={`${h.at}-${i}`} className='cv-record__row'>
              {formatShanghai(h.at, 'YYYY-MM-DD')} {h.byName}：{formatMinutes(h.before.minutes)} → {formatMinutes(h.after.minutes)}
              {h.before.content !== h.after.content ? `，「${h.before.content}」→「${h.after.content}」` : ''}（{h.reason}）
            </Text>
          ))}
        </View>
      )}
      {children && <View className='cv-record__foot'>{children}</View>}
    </View>
  )
}
