import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiClientError, callApi } from '../api/client'
import type { MeView } from '../shared/contracts'
import { IDENTITY_CHANGED } from './identityEvents'

export interface UseMe {
  me: MeView | null
  loading: boolean
  error: ApiClientError | null
  reload: () => void
}

/** The signed-in user (users.me), with loading and error state. Reloads when the identity changes. */
export function useMe(): UseMe {
  const [me, setMe] = useState<MeView | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)

  const reload = useCallback(() => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    callApi('users.me', {})
      .then((data) => {
        if (mine !== seq.current) return
        setMe(data)
        setLoading(false)
      })
      .catch((e: unknown) => {
        if (mine !== seq.current) return
        setError(e instanceof ApiClientError ? e : new ApiClientError('INTERNAL'))
        setLoading(false)
      })
  }, [])

  useEffect(() => {
    reload()
    const onChange = () => reload()
    Taro.eventCenter.on(IDENTITY_CHANGED, onChange)
    return () => {
      seq.current++ // ignore replies that arrive after unmount
      Taro.eventCenter.off(IDENTITY_CHANGED, onChange)
    }
  }, [reload])

  return { me, loading, error, reload }
}
