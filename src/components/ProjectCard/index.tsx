// One project in 项目库: title, status, when (first session and how many), where, and the places — left, taken,
// waiting — plus the caller's own sign-up. Tapping it opens the project.
import '../OrderCard/index.css'
import './index.css'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PROJECT_STATUS_LABELS } from '../../shared/contracts'
import { PROJECT_PAGES, placesLeft, signUpText, type Project } from '../../hooks/useProjects'
import { formatMinutes, formatShanghai } from '../../shared/time'

export function ProjectStatusBadge({ status }: { status: Project['status'] }) {
  return <Text className={`cv-badge cv-badge--project-${status}`}>{PROJECT_STATUS_LABELS[status]}</Text>
}

/** "10-11 09:00 起，共2场". */
export function sessionsText(p: Pick<Project, 'sessions'>): string {
  const first = p.sessions[0]
  if (!first) return ''
  const when = formatShanghai(first.startsAt, 'MM-DD HH:mm')
  return p.sessions.length > 1 ? `${when} 起，共${p.sessions.length}场` : when
}

export default function ProjectCard({ project: p }: { project: Project }) {
  const mine = signUpText(p.mySignUp)
  const left = placesLeft(p)
  return (
    <View className='cv-order cv-project' id={`project-${p.id}`} onClick={() => void Taro.navigateTo({ url: PROJECT_PAGES.detail(p.id) })}>
      <View className='cv-order__head'>
        <Text className='cv-order__title'>{p.title}</Text>
        <View className='cv-badges'>
          <ProjectStatusBadge status={p.status} />
        </View>
      </View>
      <Text className='cv-order__row cv-order__row--strong'>时间：{sessionsText(p)}</Text>
      <Text className='cv-order__row'>地点：{p.place}</Text>
      <Text className='cv-order__row'>全勤记录时长：{formatMinutes(p.totalMinutes)}</Text>
      {p.status === 'published' && (
        <View className='cv-project__places'>
          <Text className={`cv-project__left${left === 0 ? ' cv-project__left--full' : ''}`}>{left > 0 ? `剩余${left}个名额` : '名额已满'}</Text>
          <Text className='cv-project__count'>
            已报名 {p.confirmedCount}/{p.capacity}
          </Text>
          {p.waitlistCount > 0 && <Text className='cv-project__count'>候补 {p.waitlistCount}人</Text>}
        </View>
      )}
      {p.evaluation && <Text className='cv-order__row'>项目评价：{p.evaluation.grade}</Text>}
      {mine && <Text className={`cv-project__mine cv-project__mine--${p.mySignUp?.status}`}>我的报名：{mine}</Text>}
    </View>
  )
}
