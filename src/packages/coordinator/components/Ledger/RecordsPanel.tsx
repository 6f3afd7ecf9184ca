// The chosen volunteer's service records: their stars, the records (待处理更正 first when filtered), 更正 / 驳回 on
// a pending request, and 荣誉时长 — hours that count toward the record and stars, never the balance.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import Chips from '../../../../components/Chips'
import DurationField from '../../../../components/DurationField'
import Field from '../../../../components/Field'
import FormError from '../../../../components/FormError'
import RecordCard from '../../../../components/RecordCard'
import SubmitBar from '../../../../components/SubmitBar'
import { starText } from '../../../../hooks/timebankFormat'
import type { CommunityVolunteer } from '../../../../hooks/useLedgerAdmin'
import { useRecords } from '../../../../hooks/useRecords'
import { useHonorary } from '../../../../hooks/useRecordReview'
import { formatMinutes } from '../../../../shared/time'
import RecordDecision from './RecordDecision'
import ListFooter from '../../../../components/ListFooter'

const FILTERS = [
  { value: 'pending', label: '待处理更正' },
  { value: 'all', label: '全部记录' }
]

export default function RecordsPanel({ volunteer }: { volunteer: CommunityVolunteer }) {
  const [filter, setFilter] = useState('pending')
  const list = useRecords(null, volunteer.id)
  const honorary = useHonorary(volunteer.id, () => list.reload())
  const s = list.summary
  const shown = filter === 'pending' ? list.items.filter((r) => r.correction?.status === 'requested') : list.items
  return (
    <>
      {s && (
        <View className='cv-form'>
          <Text className='cv-form__title'>
            {volunteer.realName} · {starText(s.stars)}
          </Text>
          <Text className='cv-form__intro'>
            累计服务记录 {formatMinutes(s.totalMinutes)}
            {s.nextStar ? `，距${s.nextStar.stars}星还差${formatMinutes(s.nextStar.minutesNeeded)}` : ''}
          </Text>
        </View>
      )}
      <Chips name='records-filter' options={FILTERS} value={filter} onChange={setFilter} />
      {shown.map((r) => (
        <RecordCard key={r.id} record={r}>
          {r.correction?.status === 'requested' && <RecordDecision record={r} onDone={list.replace} />}
        </RecordCard>
      ))}
      <ListFooter list={list} count={shown.length} empty={filter === 'pending' ? '没有待处理的更正申请' : '还没有服务记录'} />
      <View className='cv-form' id='honorary-panel'>
        <Text className='cv-form__title'>记荣誉时长</Text>
        <Text className='cv-form__intro'>用于表彰（如抗疫、防汛等突出贡献），计入服务记录和星级，不计入可用时间余额。</Text>
        {honorary.done && (
          <Text className='cv-success'>
            已为{volunteer.realName}记荣誉时长{formatMinutes(honorary.done.minutes)}
          </Text>
        )}
        <DurationField
          label='荣誉时长'
          name='honoraryMinutes'
          hours={honorary.hours}
          minutes={honorary.minutes}
          onChange={honorary.setDuration}
          error={honorary.fieldErrors.minutes}
          required
        />
        <Field label='表彰原因' name='honoraryReason' required error={honorary.fieldErrors.reason}>
          <TextArea className='cv-textarea' value={honorary.reason} maxLength={200} placeholder='例如：2025年防汛期间连续值守' onChange={honorary.setReason} />
        </Field>
        <FormError message={honorary.formError} fieldErrors={honorary.fieldErrors} />
        <SubmitBar text='记入荣誉时长' pending={honorary.pending} onSubmit={() => void honorary.submit()} />
      </View>
    </>
  )
}
