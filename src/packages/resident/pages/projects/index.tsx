import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import '../../../subpackage.css'
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import Chips from '../../../../components/Chips'
import ListFooter from '../../../../components/ListFooter'
import ProjectCard from '../../../../components/ProjectCard'
import { useMe } from '../../../../hooks/useMe'
import { PROJECT_PAGES, STAFF_FILTERS, useProjectList, VOLUNTEER_FILTERS, type ProjectFilter } from '../../../../hooks/useProjects'

const EMPTY: Record<ProjectFilter, string> = {
  all: '社区还没有志愿服务项目',
  declared: '没有待审核的项目',
  published: '暂时没有正在招募的项目',
  completed: '还没有已结项的项目',
  rejected: '没有未通过的项目'
}

/** 项目库 (seed 002): the community's projects; coordinators also see those awaiting review and can declare one. */
export default function ProjectsPage() {
  const { me } = useMe()
  const staff = !!me && (me.roles.includes('coordinator') || me.roles.includes('admin'))
  const [filter, setFilter] = useState<ProjectFilter>('all')
  const list = useProjectList(filter)
  return (
    <View className='cv-sub'>
      <View className='cv-sub__section'>
        {me?.roles.includes('coordinator') && (
          <Button className='cv-btn cv-projects__declare' onClick={() => void Taro.navigateTo({ url: PROJECT_PAGES.declare })}>
            申报新项目
          </Button>
        )}
        <Chips name='status' options={staff ? STAFF_FILTERS : VOLUNTEER_FILTERS} value={filter} onChange={setFilter} />
        {!staff && filter !== 'completed' && <Text className='cv-form__intro'>报名后按场次参加，结项时由社区统一记录服务时长。</Text>}
        {list.items.map((p) => (
          <ProjectCard key={p.id} project={p} />
        ))}
        <ListFooter list={list} count={list.items.length} empty={EMPTY[filter]} />
      </View>
    </View>
  )
}
