// One 志愿服务队 as a card: name, kind, leader, members, the categories it serves, slogan; the page adds buttons.
// Plain Taro components (used by the volunteer and coordinator subpackages).
import './index.css'
import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { TeamView } from '../../shared/contracts'

interface Props {
  team: TeamView
  /** The catalogue label of a category key. */
  labelOf: (key: string) => string
  children?: ReactNode
}

export default function TeamCard({ team, labelOf, children }: Props) {
  return (
    <View className='cv-card' id={`team-${team.id}`}>
      <Text className='cv-card__name'>{team.name}</Text>
      <View className='cv-tags'>
        <Text className='cv-tag'>{team.kindLabel}</Text>
        {team.joined && <Text className='cv-tag'>已加入</Text>}
        {team.isLeader && <Text className='cv-tag'>我是队长</Text>}
      </View>
      <Text className='cv-card__row'>
        队长：{team.leaderName || '未设'} · 队员{team.memberCount}人
      </Text>
      <Text className='cv-card__row'>承接服务：{team.categories.length ? team.categories.map(labelOf).join('、') : '暂未指派'}</Text>
      {team.slogan && <Text className='cv-card__row'>“{team.slogan}”</Text>}
      {children && <View className='cv-card__actions'>{children}</View>}
    </View>
  )
}
