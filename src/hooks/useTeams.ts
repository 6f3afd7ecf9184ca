// 志愿服务队 pages: 我的团队 (volunteers list, join, leave, view; the leader hands over and edits the slogan) and
// 团队管理 (coordinators found teams, edit them, assign categories and projects, edit the kinds). The rules are the
// server's (src/shared/domain/teams.ts); after every write the affected view is read again.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionOutput } from '../shared/contracts'
import { POLITICAL_STATUSES, POLITICAL_STATUS_LABELS, type PoliticalStatus } from '../shared/domain/politicalStatus'
import { useAction } from './useAction'
import { useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type TeamList = ActionOutput<'teams.list'>
export type TeamSummary = TeamList['teams'][number]
export type TeamDetail = ActionOutput<'teams.get'>
export type TeamKindRow = TeamList['kinds'][number]

export const TEAM_PAGES = {
  mine: '/packages/volunteer/pages/teams/index',
  detail: (id: string) => `/packages/volunteer/pages/team/index?id=${encodeURIComponent(id)}`,
  admin: '/packages/coordinator/pages/teams/index',
  edit: (id: string) => `/packages/coordinator/pages/team-edit/index?id=${encodeURIComponent(id)}`,
  kinds: '/packages/coordinator/pages/team-kinds/index'
}

/** 政治面貌 choices for the profile, with 不填 (null) first: it is optional. */
export const POLITICAL_OPTIONS: Array<{ value: PoliticalStatus | 'none'; label: string }> = [
  { value: 'none', label: '不填' },
  ...POLITICAL_STATUSES.map((s) => ({ value: s, label: POLITICAL_STATUS_LABELS[s] }))
]

export const hoursText = (minutes: number) => `${Math.floor(minutes / 60)}小时${minutes % 60 ? `${minutes % 60}分` : ''}`

/** Catalogue labels by key (the community's own categories included), for showing a team's categories. */
export function useCategoryLabels(enabled = true) {
  const catalog = useQuery('catalog.list', {}, enabled)
  const entries = catalog.data?.entries ?? []
  const labelOf = (key: string) => entries.find((e) => e.category === key)?.label ?? key
  return { catalog, entries, labelOf }
}

/** 我的团队: the community's teams, joining and leaving, and the volunteer's own 政治面貌. */
export function useMyTeams() {
  const list = useQuery('teams.list', {})
  const me = useQuery('volunteers.me', {})
  const { reload } = list
  useReloadOnShow(reload)
  const join = useAction('teams.join')
  const leave = useAction('teams.leave')
  const profile = useAction('volunteers.updateProfile', { personal: true })

  const toggle = useCallback(
    async (t: TeamSummary) => {
      if (t.joined) {
        const { confirm } = await Taro.showModal({ title: '退出服务队', content: `确定退出「${t.name}」吗？` })
        if (!confirm) return
      }
      const done = t.joined ? await leave.run({ teamId: t.id }) : await join.run({ teamId: t.id })
      if (!done) return
      void Taro.showToast({ title: t.joined ? '已退出' : `已加入${t.name}`, icon: 'none' })
      reload()
    },
    [join, leave, reload]
  )
  const setPolitical = useCallback(
    async (v: PoliticalStatus | 'none') => {
      const saved = await profile.run({ politicalStatus: v === 'none' ? null : v })
      if (saved) {
        me.setData({ volunteer: saved })
        void Taro.showToast({ title: '已保存', icon: 'none' })
      }
    },
    [profile, me]
  )
  const error = join.formError ?? leave.formError ?? profile.formError
  return { list, me, toggle, setPolitical, error, pending: join.pending || leave.pending }
}

/** One team: its members, hours and projects; the leader (or a coordinator) hands over and edits. */
export function useTeam(teamId: string) {
  const team = useQuery('teams.get', { teamId }, !!teamId)
  const { reload } = team
  useReloadOnShow(reload)
  const handOver = useAction('teams.handOver')
  const update = useAction('teams.update', { fields: ['name', 'kind', 'slogan'] })
  const assign = useAction('teams.assignCategories', { fields: ['categories'] })

  const giveTo = useCallback(
    async (volunteerId: string, name: string) => {
      const { confirm } = await Taro.showModal({ title: '更换队长', content: `确定把队长交给「${name}」吗？` })
      if (!confirm || !(await handOver.run({ teamId, volunteerId }))) return
      void Taro.showToast({ title: '已更换队长', icon: 'none' })
      reload()
    },
    [handOver, teamId, reload]
  )
  const save = useCallback(
    async (patch: Omit<ActionInput<'teams.update'>, 'teamId'>) => {
      if (!(await update.run({ teamId, ...patch }))) return false
      void Taro.showToast({ title: '已保存', icon: 'none' })
      reload()
      return true
    },
    [update, teamId, reload]
  )
  const saveCategories = useCallback(
    async (categories: string[]) => {
      if (!(await assign.run({ teamId, categories }))) return
      void Taro.showToast({ title: '已指派服务类别', icon: 'none' })
      reload()
    },
    [assign, teamId, reload]
  )
  return { team, giveTo, save, saveCategories, handOver, update, assign }
}

/** 团队管理: found a team (callApi keeps one requestId across a call's retries: a lost reply never founds two). */
export function useTeamAdmin() {
  const list = useQuery('teams.list', {})
  const { reload } = list
  useReloadOnShow(reload)
  const create = useAction('teams.create', { fields: ['name', 'kind', 'slogan'] })
  const found = useCallback(
    async (input: ActionInput<'teams.create'>) => {
      const created = await create.run(input)
      if (!created) return null
      void Taro.showToast({ title: `已创建${created.name}`, icon: 'none' })
      reload()
      return created
    },
    [create, reload]
  )
  return { list, create, found }
}

/** A project assigned to a team, or taken back. */
export function useAssignProject(onDone: () => void) {
  const assign = useAction('teams.assignProject')
  const run = useCallback(
    async (projectId: string, teamId: string | null) => {
      if (!(await assign.run({ projectId, teamId }))) return
      void Taro.showToast({ title: teamId ? '已指派给本队' : '已取消指派', icon: 'none' })
      onDone()
    },
    [assign, onDone]
  )
  return { run, formError: assign.formError, pending: assign.pending }
}

/** 服务队类型: the community's kinds, saved as one list. */
export function useTeamKinds() {
  const list = useQuery('teams.list', {})
  const save = useAction('teams.saveKinds', { fields: ['kinds'] })
  const run = useCallback(
    async (kinds: ActionInput<'teams.saveKinds'>['kinds']) => {
      const saved = await save.run({ kinds })
      if (!saved) return false
      void Taro.showToast({ title: '已保存', icon: 'none' })
      list.reload()
      return true
    },
    [save, list]
  )
  return { list, save, run }
}
