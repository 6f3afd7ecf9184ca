import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { MultiChoiceField, SingleChoiceField } from '../../../../components/ChoiceField'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import SubmitBar from '../../../../components/SubmitBar'
import TeamCard from '../../../../components/TeamCard'
import { TeamFigures, TeamMembers } from '../../../../components/TeamSections'
import TextField from '../../../../components/TextField'
import { useQuery } from '../../../../hooks/useQuery'
import { useAssignProject, useCategoryLabels, useTeam, type TeamDetail, type TeamKindRow } from '../../../../hooks/useTeams'
import { POLITICAL_STATUS_LABELS } from '../../../../shared/domain/politicalStatus'

type Team = ReturnType<typeof useTeam>

function Basics({ t, kinds, team }: { t: TeamDetail; kinds: TeamKindRow[]; team: Team }) {
  const [name, setName] = useState(t.name)
  const [kind, setKind] = useState(t.kind)
  const [slogan, setSlogan] = useState(t.slogan)
  const { fieldErrors, formError, pending } = team.update
  // A kind retired since the team took it stays selectable for this team only.
  const options = kinds.filter((k) => !k.retired || k.key === t.kind).map((k) => ({ value: k.key, label: k.label }))
  return (
    <View className='cv-form' id='team-basics'>
      <Text className='cv-form__title'>基本信息</Text>
      <TextField label='队伍名称' name='name' value={name} maxLength={30} error={fieldErrors.name} onChange={setName} />
      <SingleChoiceField label='类型' name='kind' value={kind} options={options} error={fieldErrors.kind} onChange={setKind} />
      <TextField label='口号' name='slogan' value={slogan} maxLength={50} error={fieldErrors.slogan} onChange={setSlogan} />
      <FormError message={formError} fieldErrors={fieldErrors} />
      <SubmitBar text='保存' pending={pending} onSubmit={() => void team.save({ name, kind, slogan })} />
    </View>
  )
}

function Categories({ t, team }: { t: TeamDetail; team: Team }) {
  const { entries } = useCategoryLabels()
  const [picked, setPicked] = useState<string[]>(t.categories)
  useEffect(() => setPicked(t.categories), [t.categories])
  const options = entries.filter((e) => !e.retired || t.categories.includes(e.category)).map((e) => ({ value: e.category, label: e.label }))
  return (
    <View className='cv-form' id='team-categories'>
      <Text className='cv-form__title'>承接的服务类别</Text>
      <Text className='cv-form__intro'>这些类别的新订单，在响应时限的前一半时间里只给本队队员接单；之后向全体志愿者开放。调度时本队队员排在候选名单前面。</Text>
      <MultiChoiceField label='服务类别' name='categories' value={picked} options={options} error={team.assign.fieldErrors.categories} onChange={setPicked} />
      <FormError message={team.assign.formError} />
      <SubmitBar text='保存服务类别' pending={team.assign.pending} onSubmit={() => void team.saveCategories(picked)} />
    </View>
  )
}

function Projects({ t, onChange }: { t: TeamDetail; onChange: () => void }) {
  const projects = useQuery('projects.list', { limit: 50 })
  const assign = useAssignProject(() => {
    projects.reload()
    onChange()
  })
  const open = (projects.data?.items ?? []).filter((p) => p.status === 'declared' || p.status === 'published')
  return (
    <View className='cv-form' id='team-projects-assign'>
      <Text className='cv-form__title'>指派项目</Text>
      <Text className='cv-form__intro'>指派给本队的项目只接受本队队员报名（任何志愿者都可以先加入本队）。</Text>
      <LoadState loading={projects.loading && !projects.data} error={projects.error} onRetry={projects.reload} />
      {projects.data && open.length === 0 && <Text className='cv-empty'>没有待审核或已发布的项目</Text>}
      <FormError message={assign.formError} />
      {open.map((p) => (
        <View key={p.id} className='cv-team-member'>
          <View>
            <Text className='cv-team-member__name'>{p.title}</Text>
            <Text className='cv-team-member__meta'>{p.team ? `承办：${p.team.name}` : '未指派'}</Text>
          </View>
          {p.team?.id === t.id ? (
            <Button className='cv-btn cv-btn--small cv-btn--danger' disabled={assign.pending || undefined} onClick={() => void assign.run(p.id, null)}>
              取消指派
            </Button>
          ) : (
            <Button className='cv-btn cv-btn--small cv-btn--plain' disabled={assign.pending || undefined} onClick={() => void assign.run(p.id, t.id)}>
              指派给本队
            </Button>
          )}
        </View>
      ))}
    </View>
  )
}

/** 管理服务队: edit name, kind and slogan; the categories it serves; hand over the leader; assign projects. */
export default function TeamEditPage() {
  const { params } = useRouter()
  const team = useTeam(params.id ?? '')
  const kinds = useQuery('teams.list', {})
  const { labelOf } = useCategoryLabels()
  const t = team.team.data
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={team.team.loading && !t} error={team.team.error} onRetry={team.team.reload} />
        {t && (
          <>
            <TeamCard team={t} labelOf={labelOf} />
            <TeamFigures team={t} />
            <Categories t={t} team={team} />
            <FormError message={team.handOver.formError} />
            <TeamMembers
              team={t}
              onHandOver={(id, name) => void team.giveTo(id, name)}
              extra={(m) => (m.politicalStatus ? POLITICAL_STATUS_LABELS[m.politicalStatus] : null)}
            />
            <Projects t={t} onChange={team.team.reload} />
            <Basics key={t.id} t={t} kinds={kinds.data?.kinds ?? []} team={team} />
          </>
        )}
      </View>
    </View>
  )
}
