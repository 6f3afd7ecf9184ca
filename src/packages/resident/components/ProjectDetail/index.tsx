// 项目详情 for every role: what the project is (sessions, time, place, places and waitlist), the caller's sign-up
// with 报名 / 取消报名 and 已签到 on the sessions they attended (volunteers), and for the community's coordinators
// (the server sends them the participants) 审核, 到场登记, 结项 and 评价 with the list of who signed up.
import '../OrderDetail/index.css'
import './index.css'
import { Text, View } from '@tarojs/components'
import { ProjectStatusBadge } from '../../../../components/ProjectCard'
import { useCatalog } from '../../../../hooks/useCatalog'
import type { ProjectMover } from '../../../../hooks/useProjects'
import { formatMinutes, formatShanghai } from '../../../../shared/time'
import { Row } from '../OrderDetail/Row'
import Participants from './Participants'
import SignUpPanel from './SignUpPanel'
import StaffPanel from './StaffPanel'

interface Props {
  mover: ProjectMover
  isVolunteer: boolean
  justCreated: boolean
}

export default function ProjectDetail({ mover, isVolunteer, justCreated }: Props) {
  const p = mover.project!
  const catalog = useCatalog()
  const staff = p.participants !== null
  return (
    <>
      {justCreated && p.status === 'declared' && <Text className='cv-success'>项目已申报，等待社区审核后发布</Text>}
      <View className='cv-form cv-project-head'>
        <View className='cv-project-head__top'>
          <ProjectStatusBadge status={p.status} />
          <Text className='cv-project-head__organizer'>{p.organizer}</Text>
        </View>
        <Text className='cv-project-head__title'>{p.title}</Text>
        {p.status === 'rejected' && p.rejectReason && <Text className='cv-project-head__reason'>未通过原因：{p.rejectReason}</Text>}
      </View>
      {(!staff || isVolunteer) && <SignUpPanel mover={mover} isVolunteer={isVolunteer} />}
      {staff && <StaffPanel mover={mover} />}
      <View className='cv-form'>
        <Text className='cv-form__title'>项目介绍</Text>
        <Text className='cv-detail-description'>{p.description}</Text>
        {p.category && <Row label='服务类别' value={catalog.label(p.category)} />}
        <Row label='服务地点' value={p.place} />
        <Row label='招募人数' value={`${p.capacity}人`} />
        <Row label='已报名' value={`${p.confirmedCount}人`} />
        <Row label='候补' value={`${p.waitlistCount}人`} />
        <Row label='全勤记录时长' value={formatMinutes(p.totalMinutes)} />
        {p.completedAt && <Row label='结项时间' value={formatShanghai(p.completedAt)} />}
      </View>
      <View className='cv-form'>
        <Text className='cv-form__title'>服务场次（{p.sessions.length}场）</Text>
        {p.sessions.map((s, i) => (
          <View key={s.startsAt} className='cv-session'>
            <Text className='cv-session__no'>第{i + 1}场</Text>
            <Text className='cv-session__when'>{formatShanghai(s.startsAt, 'YYYY-MM-DD HH:mm')}</Text>
            <Text className='cv-session__minutes'>{formatMinutes(s.minutes)}</Text>
            {p.mySignUp?.attended.includes(i) && <Text className='cv-session__attended'>已签到</Text>}
          </View>
        ))}
      </View>
      {p.evaluation && (
        <View className='cv-form cv-evaluation'>
          <Text className='cv-form__title'>项目评价</Text>
          <Text className={`cv-evaluation__grade cv-evaluation__grade--${p.evaluation.grade === '不合格' ? 'bad' : 'good'}`}>{p.evaluation.grade}</Text>
          <Text className='cv-evaluation__notes'>{p.evaluation.notes}</Text>
          <Text className='cv-evaluation__at'>{formatShanghai(p.evaluation.at)}</Text>
        </View>
      )}
      {staff && <Participants participants={p.participants ?? []} />}
    </>
  )
}
