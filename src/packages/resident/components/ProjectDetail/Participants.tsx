// 报名名单 (coordinators): confirmed first, then the waitlist, each in arrival order as the server sends them.
import { Text, View } from '@tarojs/components'
import type { Project } from '../../../../hooks/useProjects'

export default function Participants({ participants }: { participants: NonNullable<Project['participants']> }) {
  const confirmed = participants.filter((x) => x.status === 'confirmed')
  const waiting = participants.filter((x) => x.status === 'waitlisted')
  return (
    <View className='cv-form' id='participants'>
      <Text className='cv-form__title'>
        报名名单（已报名{confirmed.length}人{waiting.length ? `，候补${waiting.length}人` : ''}）
      </Text>
      {participants.length === 0 && <Text className='cv-empty'>还没有志愿者报名</Text>}
      {[...confirmed, ...waiting].map((x) => (
        <View key={x.seq} className='cv-participant'>
          <Text className='cv-participant__name'>
            {x.volunteerName}
            {x.volunteerNo ? <Text className='cv-participant__no'>（{x.volunteerNo}）</Text> : null}
          </Text>
          <Text className={`cv-participant__state cv-participant__state--${x.status}`}>
            {x.status === 'confirmed' ? '已报名' : `候补第${waiting.indexOf(x) + 1}位`}
          </Text>
        </View>
      ))}
    </View>
  )
}
