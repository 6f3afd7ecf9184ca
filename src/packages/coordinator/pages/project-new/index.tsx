import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useMe } from '../../../../hooks/useMe'
import { useProjectDeclare } from '../../../../hooks/useProjectDeclare'
import ProjectForm from '../../components/ProjectForm'

/** 申报项目 (coordinator): the new project opens (待审核) once it is sent. */
export default function ProjectNewPage() {
  const { me, loading, error, reload } = useMe()
  const form = useProjectDeclare()
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        <LoadState loading={loading} error={error} onRetry={reload} />
        {me && !me.roles.includes('coordinator') && <Text className='cv-notice'>申报项目需要社区协调员身份。</Text>}
        {me?.roles.includes('coordinator') && <ProjectForm f={form} />}
      </View>
    </View>
  )
}
