// 街道管理 (platform admins): every street with its communities and admins (streets.list), a new street
// (streets.create: the requestId is kept per draft until the server answered, so a retried submit makes one
// street) and appointing or removing a street's admin by user id (streets.appointAdmin / removeAdmin).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

const DRAFT = 'streets.create'

export function useStreetsAdmin(enabled: boolean) {
  const list = useQuery('streets.list', {}, enabled)
  const create = useAction('streets.create', { fields: ['name', 'escalationMinutes'] })
  const appoint = useAction('streets.appointAdmin', { fields: ['userId'] })
  const remove = useAction('streets.removeAdmin', { fields: [] })
  /** The street whose appointment form last sent (its errors show there). */
  const [appointingIn, setAppointingIn] = useState<string | null>(null)

  const createStreet = useCallback(
    async (name: string, minutes: string) => {
      const escalationMinutes = minutes.trim() ? Number(minutes) : undefined
      const made = await create.run({ requestId: draftId(DRAFT), name: name.trim(), ...(escalationMinutes === undefined ? {} : { escalationMinutes }) })
      if (!made) return false
      clearDraftId(DRAFT)
      void Taro.showToast({ title: '街道已创建', icon: 'success' })
      list.reload()
      return true
    },
    [create, list]
  )

  const appointAdmin = useCallback(
    async (streetId: string, userId: string) => {
      setAppointingIn(streetId)
      const done = await appoint.run({ streetId, userId: userId.trim() })
      if (!done) return false
      void Taro.showToast({ title: '已任命', icon: 'success' })
      list.reload()
      return true
    },
    [appoint, list]
  )

  const removeAdmin = useCallback(
    async (streetId: string, userId: string, nickname: string) => {
      const { confirm } = await Taro.showModal({ title: '解除任命', content: `确定解除${nickname}的街道管理员任命吗？` })
      if (!confirm) return
      if (await remove.run({ streetId, userId })) {
        void Taro.showToast({ title: '已解除', icon: 'success' })
        list.reload()
      }
    },
    [remove, list]
  )

  return {
    streets: list.data?.streets ?? null,
    loading: list.loading,
    error: list.error,
    reload: list.reload,
    createStreet,
    creating: create.pending,
    createErrors: create.fieldErrors,
    createError: create.formError,
    clearCreateField: create.clearField,
    appointAdmin,
    appointingIn,
    appointing: appoint.pending,
    appointErrors: appoint.fieldErrors,
    appointError: appoint.formError,
    removeAdmin,
    removeError: remove.formError
  }
}
