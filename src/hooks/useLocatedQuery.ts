// A query about what is near the user (抢单大厅, 服务站地图): in the mini-program it first asks for the device's
// location (a refusal is not an error: the server then measures from somewhere it knows); in H5 there is none.
// Only the latest load may set state, so a slow reply never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionInput, ActionName, ActionOutput, Location } from '../shared/contracts'
import { CAN_LOCATE, currentLocation } from './location'
import { toClientError } from './useQuery'

export function useLocatedQuery<A extends ActionName>(action: A, inputFor: (at: Location | null) => ActionInput<A>) {
  const [data, setData] = useState<ActionOutput<A> | null>(null)
  /** True when `data` was measured from the device's own location. */
  const [fromDevice, setFromDevice] = useState(false)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)
  const input = useRef(inputFor)
  input.current = inputFor

  const load = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    const at = CAN_LOCATE ? await currentLocation().catch(() => null) : null
    try {
      const r = await callApi(action, input.current(at))
      if (mine !== seq.current) return
      setData(r)
      setFromDevice(!!at)
    } catch (e) {
      if (mine === seq.current) setError(toClientError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [action])

  useEffect(() => {
    void load()
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- seq counts requests (no DOM node): bumping its latest value is the point
      seq.current++
    }
  }, [load])

  return { data, fromDevice, loading, error, load }
}
