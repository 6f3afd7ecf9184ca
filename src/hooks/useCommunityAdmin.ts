// 入驻二维码 and 协调员 for a community's managers: the join 小程序码 (communities.joinQr: generated once per code,
// a fresh temporary URL each time), its coordinators (communities.coordinators), members found by nickname to
// appoint (communities.members → communities.appointCoordinator, or a user id typed in) and removal after a
// confirmation (communities.removeCoordinator; the server refuses the last coordinator).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { callApi } from '../api/client'
import type { ActionOutput } from '../shared/contracts'
import { useAction } from './useAction'
import { useQuery, toClientError } from './useQuery'

export type Member = ActionOutput<'communities.members'>['members'][number]

export function useJoinQr(communityId: string, enabled: boolean) {
  return useQuery('communities.joinQr', { communityId }, enabled && !!communityId)
}

export function useCoordinators(communityId: string, enabled: boolean) {
  const list = useQuery('communities.coordinators', { communityId }, enabled && !!communityId)
  const search = useAction('communities.members', { fields: ['query'] })
  const appoint = useAction('communities.appointCoordinator', { fields: ['userId'] })
  const [found, setFound] = useState<Member[] | null>(null)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const [removing, setRemoving] = useState<string | null>(null)

  const find = useCallback(
    async (query: string) => {
      const r = await search.run({ communityId, query: query.trim() })
      setFound(r ? r.members : null)
    },
    [search, communityId]
  )

  const appointUser = useCallback(
    async (userId: string) => {
      const done = await appoint.run({ communityId, userId: userId.trim() })
      if (!done) return false
      void Taro.showToast({ title: '已任命', icon: 'success' })
      setFound((f) => f?.map((m) => (m.userId === userId ? { ...m, isCoordinator: true } : m)) ?? null)
      list.reload()
      return true
    },
    [appoint, communityId, list]
  )

  const remove = useCallback(
    async (userId: string, nickname: string) => {
      const { confirm } = await Taro.showModal({ title: '解除协调员', content: `确定解除「${nickname}」的社区协调员任命吗？解除后其仍是本社区居民。` })
      if (!confirm) return
      setRemoveError(null)
      setRemoving(userId)
      try {
        await callApi('communities.removeCoordinator', { communityId, userId })
        void Taro.showToast({ title: '已解除', icon: 'success' })
        setFound((f) => f?.map((m) => (m.userId === userId ? { ...m, isCoordinator: false } : m)) ?? null)
        list.reload()
      } catch (e) {
        setRemoveError(toClientError(e).message)
      } finally {
        setRemoving(null)
      }
    },
    [communityId, list]
  )

  return { list, search, found, find, appoint, appointUser, remove, removing, removeError }
}
