// H5 local mode only (imported by the .h5 role switcher): the demo identities and switching between them.
import { useCallback, useState } from 'react'
import { fetchLocalUsers, getStoredOpenid, storeOpenid, type LocalUser } from '../api/localIdentity'
import { announceIdentityChanged } from './identityEvents'

export interface UseLocalUsers {
  users: LocalUser[] | null
  loading: boolean
  error: string | null
  currentOpenid: string | null
  load: () => void
  choose: (openid: string) => void
}

export function useLocalUsers(): UseLocalUsers {
  const [users, setUsers] = useState<LocalUser[] | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [currentOpenid, setCurrentOpenid] = useState<string | null>(getStoredOpenid())

  const load = useCallback(() => {
    setLoading(true)
    setError(null)
    setCurrentOpenid(getStoredOpenid())
    fetchLocalUsers()
      .then((r) => setUsers(r.users))
      .catch(() => setError('无法获取演示身份列表，请确认本地云已启动'))
      .finally(() => setLoading(false))
  }, [])

  const choose = useCallback((openid: string) => {
    storeOpenid(openid)
    setCurrentOpenid(openid)
    announceIdentityChanged()
  }, [])

  return { users, loading, error, currentOpenid, load, choose }
}
