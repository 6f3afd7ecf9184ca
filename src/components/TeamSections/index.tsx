// NutUI: import only from subpackage pages. A team's page sections for its members: hours this year, the members (leader marked; the leader may hand over),
// the projects assigned to it, and the leader's slogan editor.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import FormError from '../FormError'
import SubmitBar from '../SubmitBar'
import TextField from '../TextField'
import { PROJECT_PAGES } from '../../hooks/useProjects'
import { hoursText, type TeamDetail } from '../../hooks/useTeams'
import { PROJECT_STATUS_LABELS } from '../../shared/contracts'

export function TeamFigures({ team }: { team: TeamDetail }) {
  return (
    <View className='cv-form' id='team-figures'>
      <Text className='cv-form__title'>
        {team.year}年服务时长：{hoursText(team.servedMinutes)}
      </Text>
      <Text className='cv-form__intro'>按现任队员在本社区的服务记录（订单与项目）合计。</Text>
    </View>
  )
}

interface MembersProps {
  team: TeamDetail
  /** Shown to the leader (and coordinators): hand the team over to this member. */
  onHandOver?: (volunteerId: string, name: string) => void
  /** Extra text per member (coordinators: 政治面貌). */
  extra?: (m: TeamDetail['members'][number]) => string | null
}

export function TeamMembers({ team, onHandOver, extra }: MembersProps) {
  return (
    <View className='cv-form' id='team-members'>
      <Text className='cv-form__title'>队员（{team.members.length}）</Text>
      {team.members.length === 0 && <Text className='cv-empty'>还没有队员</Text>}
      {team.members.map((m) => (
        <View key={`${m.volunteerId}-${m.joinedAt}`} className='cv-team-member'>
          <View>
            <Text className='cv-team-member__name'>
              {m.name}
              {m.isLeader ? '（队长）' : ''}
            </Text>
            <Text className='cv-team-member__meta'>{[m.volunteerNo, extra?.(m)].filter(Boolean).join(' · ') || '志愿者'}</Text>
          </View>
          {onHandOver && !m.isLeader && m.volunteerId && (
            <Button className='cv-btn cv-btn--small cv-btn--plain' onClick={() => onHandOver(m.volunteerId!, m.name)}>
              设为队长
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}

export function TeamProjects({ team }: { team: TeamDetail }) {
  return (
    <View className='cv-form' id='team-projects'>
      <Text className='cv-form__title'>本队承办的项目</Text>
      {team.projects.length === 0 && <Text className='cv-empty'>暂无项目</Text>}
      {team.projects.map((p) => (
        <Text key={p.id} className='cv-card__row' onClick={() => void Taro.navigateTo({ url: PROJECT_PAGES.detail(p.id) })}>
          {p.title}（{PROJECT_STATUS_LABELS[p.status]}）›
        </Text>
      ))}
    </View>
  )
}

export function SloganEditor({
  team,
  save,
  error
}: {
  team: TeamDetail
  save: (slogan: string) => Promise<boolean>
  error: { fieldErrors: Record<string, string>; formError: string | null; pending: boolean }
}) {
  const [slogan, setSlogan] = useState(team.slogan)
  return (
    <View className='cv-form' id='team-slogan'>
      <TextField label='队伍口号' name='slogan' value={slogan} onChange={setSlogan} maxLength={50} error={error.fieldErrors.slogan} />
      <FormError message={error.formError} />
      <SubmitBar text='保存口号' pending={error.pending} onSubmit={() => void save(slogan)} />
    </View>
  )
}
