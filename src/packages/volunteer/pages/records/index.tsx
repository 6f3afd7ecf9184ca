import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import RecordCard from '../../../../components/RecordCard'
import { TIMEBANK_PAGES } from '../../../../hooks/timebankRoutes'
import { useRecords } from '../../../../hooks/useRecords'
import CorrectionForm from '../../components/CorrectionForm'
import StarProgress from '../../components/StarProgress'
import VolunteerGate from '../../components/VolunteerGate'
import ListFooter from '../../../../components/ListFooter'

const thisYear = Number(new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 4))
const YEARS = [{ value: 'all', label: '全部' }, ...[0, 1, 2].map((d) => ({ value: String(thisYear - d), label: `${thisYear - d}年` }))]

function Records() {
  const [year, setYear] = useState('all')
  const list = useRecords(year === 'all' ? null : Number(year))
  const [correcting, setCorrecting] = useState<string | null>(null)
  return (
    <>
      {list.summary && <StarProgress {...list.summary} />}
      <Button className='cv-btn' onClick={() => void Taro.navigateTo({ url: TIMEBANK_PAGES.certificateNew })}>
        申请服务记录证明
      </Button>
      <Chips name='year' options={YEARS} value={year} onChange={setYear} />
      {list.items.map((r) => (
        <RecordCard key={r.id} record={r}>
          {correcting === r.id ? (
            <CorrectionForm
              record={r}
              onClose={() => setCorrecting(null)}
              onDone={(next) => {
                list.replace(next)
                setCorrecting(null)
              }}
            />
          ) : (
            r.source !== 'honorary' &&
            r.correction?.status !== 'requested' && (
              <Button className='cv-btn cv-btn--plain cv-record__ask' onClick={() => setCorrecting(r.id)}>
                申请更正
              </Button>
            )
          )}
        </RecordCard>
      ))}
      <ListFooter
        list={list}
        count={list.items.length}
        empty={year === 'all' ? '还没有服务记录。完成服务并经居民确认后，会自动记录。' : '这一年没有服务记录'}
      />
    </>
  )
}

/** 服务记录: the volunteer's recorded service (true, complete, free), stars and 申请更正 on any record. */
export default function RecordsPage() {
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <VolunteerGate>
          <Records />
        </VolunteerGate>
      </View>
    </View>
  )
}
