import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import FormError from '../../../../components/FormError'
import LoadState from '../../../../components/LoadState'
import TeamCard from '../../../../components/TeamCard'
import { useCategoryLabels, useTeam } from '../../../../hooks/useTeams'
import { SloganEditor, TeamFigures, TeamMembers, TeamProjects } from '../../../../components/TeamSections'

/** 服务队: one team — leader, members, this year's hours, its projects; its leader hands over and edits the slogan. */
export default function TeamPage() {
  const { params } = useRouter()
  const { team, giveTo, save, handOver, update } = useTeam(params.id ?? '')
  const { labelOf } = useCategoryLabels()
  const t = team.data
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={team.loading && !t} error={team.error} onRetry={team.reload} />
        {t && (
          <>
            <TeamCard team={t} labelOf={labelOf} />
            <TeamFigures team={t} />
            <FormError message={handOver.formError} />
            <TeamMembers team={t} onHandOver={t.isLeader ? (id, name) => void giveTo(id, name) : undefined} />
            <TeamProjects team={t} />
            {t.isLeader && <SloganEditor team={t} save={(slogan) => save({ slogan })} error={update} />}
          </>
        )}
      </View>
    </View>
  )
}
