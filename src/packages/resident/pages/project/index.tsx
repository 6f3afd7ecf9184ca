import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useProject } from '../../../../hooks/useProjects'
import ProjectDetail from '../../components/ProjectDetail'

/** 项目详情 (?id=…): one page for volunteers (报名), residents (read) and coordinators (审核, 结项, 评价). */
export default function ProjectPage() {
  const { params } = useRouter()
  const mover = useProject(params.id ?? '')
  const { me } = useMe()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {/* A refresh keeps the project on screen; the loading state shows only before the first answer. */}
        {!mover.project && <LoadState loading={mover.loading} error={mover.error ?? (params.id ? null : { message: '缺少项目编号' })} onRetry={mover.reload} />}
        {mover.project && <ProjectDetail mover={mover} isVolunteer={!!me?.roles.includes('volunteer')} justCreated={params.created === '1'} />}
      </View>
    </View>
  )
}
