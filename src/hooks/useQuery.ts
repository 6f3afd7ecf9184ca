// Reads one action's data for a page: loading and error state, reload, a fresh load when the demo identity
// changes and a quiet refresh (data kept on screen) when the user's own data changed elsewhere. `input` is compared by value, so an inline object literal does not reload on every render.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiClientError, callApi } from '../api/client'
import type { ActionInput, ActionName, ActionOutput } from '../shared/contracts'
import { IDENTITY_CHANGED } from './identityEvents'
import { ME_CHANGED } from './meEvents'

export interface UseQuery<A extends ActionName> {
  data: ActionOutput<A> | null
  loading: boolean
  error: ApiClientError | null
  reload: () => void
  /** Replace the data locally (after a write returned the new state). */
  setData: (data: ActionOutput<A> | null) => void
}

export function toClientError(e: unknown): ApiClientError {
  return e instanceof ApiClientError ? e : new ApiClientError('INTERNAL')
}

/** `enabled: false` skips loading (e.g. until the user is known to hold a role). */
export function useQuery<A extends ActionName>(action: A, input: ActionInput<A>, enabled = true): UseQuery<A> {
  const [data, setData] = useState<ActionOutput<A> | null>(null)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)
  const key = JSON.stringify(input)
  const inputRef = useRef(input)
  inputRef.current = input

  const load = useCallback(
    (silent: boolean) => {
      const mine = ++seq.current
      if (!silent) {
        setLoading(true)
        setError(null)
      }
      callApi(action, inputRef.current)
        .then((d) => {
          if (mine !== seq.current) return
          setData(d)
          setLoading(false)
        })
        .catch((e: unknown) => {
          if (mine !== seq.current) return
          if (!silent) setError(toClientError(e))
          setLoading(false)
        })
    },
    [action]
  )
  const reload = useCallback(() => load(false), [load])

  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return undefined
    }
    reload()
    const refresh = () => load(true)
    Taro.eventCenter.on(IDENTITY_CHANGED, reload)
    Taro.eventCenter.on(ME_CHANGED, refresh)
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- seq counts requests (no DOM node): bumping its latest value is the point
      seq.current++ // ignore replies that arrive after unmount or after the input changed
      Taro.eventCenter.off(IDENTITY_CHANGED, reload)
      Taro.eventCenter.off(ME_CHANGED, refresh)
    }
  }, [reload, load, key, enabled])

  return { data, loading, error, reload, setData }
}
