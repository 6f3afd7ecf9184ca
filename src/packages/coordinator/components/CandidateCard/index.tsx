// One volunteer the server ranked for an order: the score (out of 100) and the reasons behind it — distance, current
// load, rating, reliability, as the server words them (or why they cannot take it). 派单/改派 sends the order to them.
import './index.css'
import { Button, Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../shared/contracts'

export type Candidate = ActionOutput<'orders.candidates'>['candidates'][number]

interface Props {
  candidate: Candidate
  verb: string
  busy: boolean
  disabled: boolean
  onChoose: () => void
}

export default function CandidateCard({ candidate: c, verb, busy, disabled, onChoose }: Props) {
  return (
    <View className={`cv-candidate${c.eligible ? '' : ' cv-candidate--no'}`} id={`candidate-${c.volunteerId}`}>
      <View className='cv-candidate__head'>
        <Text className='cv-candidate__name'>{c.name}</Text>
        <Text className='cv-candidate__score'>{c.score.toFixed(0)}分</Text>
      </View>
      {c.volunteerNo && <Text className='cv-candidate__no'>志愿者编号 {c.volunteerNo}</Text>}
      {c.reasons.length > 0 && (
        <View className='cv-candidate__reasons'>
          {c.reasons.map((r) => (
            <Text key={r} className='cv-candidate__reason'>
              {r}
            </Text>
          ))}
        </View>
      )}
      {c.eligible && (
        <Button className='cv-btn cv-candidate__btn' disabled={disabled || undefined} onClick={onChoose}>
          {busy ? '正在提交…' : `${verb}给${c.name}`}
        </Button>
      )}
    </View>
  )
}
