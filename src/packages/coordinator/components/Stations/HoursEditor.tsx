// 开放时间: rows of "these weekdays, from – to" (e.g. 周一至周五 09:00-17:00, 周六 09:00-12:00). The hook expands
// rows into one range per day for the server, which checks format, order and overlaps (domain/stations.ts).
import '../../../../components/Chips/index.css'
import { Button, Text, View } from '@tarojs/components'
import TextField from '../../../../components/TextField'
import type { HoursRow } from '../../../../hooks/useStationsAdmin'
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../../shared/domain/stations'

interface Props {
  rows: HoursRow[]
  onChange: (rows: HoursRow[]) => void
  error?: string
}

export default function HoursEditor({ rows, onChange, error }: Props) {
  const set = (i: number, patch: Partial<HoursRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const toggle = (i: number, day: Weekday) => {
    const days = rows[i].days.includes(day) ? rows[i].days.filter((d) => d !== day) : [...rows[i].days, day].sort((a, b) => a - b)
    set(i, { days })
  }
  return (
    <View className='cv-field' id='field-hours'>
      <Text className='cv-field__label'>开放时间</Text>
      {rows.map((r, i) => (
        <View key={i} className='cv-subform'>
          <View className='cv-chips' id={`hours-days-${i}`}>
            {WEEKDAYS.map((d) => (
              <Text key={d} className={`cv-chip${r.days.includes(d) ? ' cv-chip--on' : ''}`} onClick={() => toggle(i, d)}>
                {WEEKDAY_LABELS[d]}
              </Text>
            ))}
          </View>
          <View className='cv-station-pair'>
            <TextField label='开始' name={`hours-${i}-from`} value={r.from} onChange={(v) => set(i, { from: v })} placeholder='09:00' maxLength={5} />
            <TextField label='结束' name={`hours-${i}-to`} value={r.to} onChange={(v) => set(i, { to: v })} placeholder='17:00' maxLength={5} />
          </View>
          <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            删除此时段
          </Button>
        </View>
      ))}
      <Button className='cv-btn cv-btn--plain' id='hours-add' onClick={() => onChange([...rows, { days: [6, 7], from: '09:00', to: '12:00' }])}>
        添加时段
      </Button>
      <Text className='cv-field__hint'>时间写作“08:30”，全天为00:00至24:00；跨夜请分两天填写。不填时段表示暂不对外开放。</Text>
      {error && <Text className='cv-field__error'>{error}</Text>}
    </View>
  )
}
