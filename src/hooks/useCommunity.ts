// 我的社区: join (or move to) a community by its code, and find communities near a location.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { callApi } from '../api/client'
import type { ActionOutput, Location } from '../shared/contracts'
import { currentLocation } from './location'
import { announceMeChanged } from './meEvents'
import { useAction } from './useAction'
import { toClientError } from './useQuery'

export type NearbyCommunity = ActionOutput<'communities.nearby'>['communities'][number]
export type Community = ActionOutput<'communities.join'>

export function useCommunityJoin() {
  const join = useAction('communities.join', { fields: ['code'] })
  const [joined, setJoined] = useState<Community | null>(null)
  const run = join.run

  const joinByCode = useCallback(
    async (code: string) => {
      const community = await run({ code })
      if (community) {
        setJoined(community)
        announceMeChanged() // every page showing 所属社区 refreshes
        void Taro.showToast({ title: `已加入${community.name}`, icon: 'none' })
      }
      return community
    },
    [run]
  )

  return { joinByCode, joined, pending: join.pending, fieldErrors: join.fieldErrors, formError: join.formError, clearField: join.clearField }
}

export function useNearbyCommunities() {
  const [communities, setCommunities] = useState<NearbyCommunity[] | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<{ message: string } | null>(null)

  /** Searches around `at`, or around the device's location when none is given. */
  const search = useCallback(async (at?: Location) => {
    setLoading(true)
    setError(null)
    let location: Location
    try {
      location = at ?? (await currentLocation())
    } catch {
      setError({ message: '无法获取您的位置，请在设置中允许小程序使用位置信息' })
      setLoading(false)
      return
    }
    try {
      const r = await callApi('communities.nearby', { location, radiusMeters: 5000 })
      setCommunities(r.communities)
    } catch (e) {
      setError(toClientError(e))
    } finally {
      setLoading(false)
    }
  }, [])

  return { communities, loading, error, search }
}
