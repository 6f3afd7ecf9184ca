import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiClientError, callApi } from '../api/client'
import type { MeView } from '../shared/contracts'
import { IDENTITY_CHANGED } from './identityEvents'
import { ME_CHANGED } from './meEvents'
import { noteMe } from './useConsent'

export interface UseMe {
  me: MeView | null
  loading: boolean
  error: ApiClientError | null
  reload: () => void
}

/**
 * The signed-in user (users.me), with loading and error state. Reloads when the identity changes; refreshes in
 * place (no loading state, so pages keep their content) when the user's own data changed.
 */
export function useMe(): UseMe {
  const [me, setMe] = useState<MeView | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)
  const known = useRef(false) // whether `me` holds data (a failed silent refresh then keeps it)

  const load = useCallback((silent: boolean) => {
    const mine = ++seq.current
    if (!silent) {
      setLoading(true)
      setError(null)
    }
    callApi('users.me', {})
      .then((data) => {
        if (mine !== seq.current) return
        known.current = true
        noteMe(data) // the consent gate and personal forms follow what the server holds
        setMe(data)
        setLoading(false)
      })
      .catch((e: unknown) => {
        if (mine !== seq.current || (silent && known.current)) return
        setError(e instanceof ApiClientError ? e : new ApiClientError('INTERNAL'))
        setLoading(false)
      })
  }, [])
  const reload = useCallback(() => load(false), [load])

  useEffect(() => {
    reload()
    const onChange = () => reload()
    const onMeChanged = () => load(true)
    Taro.eventCenter.on(IDENTITY_CHANGED, onChange)
    Taro.eventCenter.on(ME_CHANGED, onMeChanged)
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- seq counts requests (no DOM node): bumping its latest value is the point
      seq.current++ // ignore replies that arrive after unmount
      Taro.eventCenter.off(IDENTITY_CHANGED, onChange)
      Taro.eventCenter.off(ME_CHANGED, onMeChanged)
    }
  }, [reload, load])

  return { me, loading, error, reload }
}
