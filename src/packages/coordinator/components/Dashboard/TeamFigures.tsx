// 工作台's team section: each 志愿服务队's members and hours for the year, and 双报到 — party and league members'
// numbers and hours — from teams.stats (counted from the records; rules in src/shared/domain/teams.ts).
import { Text, View } from '@tarojs/components'
import { useQuery } from '../../../../hooks/useQuery'
import { hoursText } from '../../../../hooks/useTeams'

export default function TeamFigures({ year, communityId }: { year: number; communityId: string | null }) {
  const q = useQuery('teams.stats', { year, ...(communityId ? { communityId } : {}) })
  const s = q.data
  if (!s) return null
  return (
    <>
      <View className='cv-dash__card' id='card-teams'>
        <View className='cv-dash__card-head'>
          <Text className='cv-dash__card-title'>服务队</Text>
        </View>
        {s.teams.length === 0 && <Text className='cv-dash__hint'>本社区还没有服务队</Text>}
        {s.teams.map((t) => (
          <Text key={t.id} className='cv-dash__row'>
            {t.name}（{t.kindLabel}）：队员{t.memberCount}人，{t.activeMembers}人参与服务，{hoursText(t.servedMinutes)}
          </Text>
        ))}
        <Text className='cv-dash__hint'>{s.year}年现任队员在本社区的服务时长（订单与项目）；一人在多个队则各队都计入</Text>
      </View>
      <View className='cv-dash__card' id='card-dual-report'>
        <View className='cv-dash__card-head'>
          <Text className='cv-dash__card-title'>双报到</Text>
        </View>
        {s.dualReport.map((g) => (
          <Text key={g.group} className='cv-dash__row'>
            {g.label}志愿者{g.registered}人，{g.active}人参与服务，{hoursText(g.servedMinutes)}
          </Text>
        ))}
        <Text className='cv-dash__hint'>按志愿者自愿填写的政治面貌统计（中共党员含预备党员）</Text>
      </View>
    </>
  )
}
