// One paged list from an action whose input takes { offset, limit } and whose output is { items, hasMore, … }:
// the first page whenever the input changes (compared by value) or the list becomes enabled, further pages on
// demand (appended), and a reply to a request that has since been superseded ignored. The latest page comes back
// whole as `page`, for fields beside the items (e.g. records.list's totals and stars).
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionInput, ActionName, ActionOutput } from '../shared/contracts'
import { toClientError } from './useQuery'

/** The actions that page: their output has items and hasMore. */
export type PagedAction = { [A in ActionName]: ActionOutput<A> extends { items: unknown[]; hasMore: boolean } ? A : never }[ActionName]
type ItemOf<A extends PagedAction> = ActionOutput<A>['items'][number]

export function usePagedQuery<A extends PagedAction>(action: A, input: Omit<ActionInput<A>, 'offset' | 'limit'>, enabled = true, pageSize = 20) {
  const [items, setItems] = useState<ItemOf<A>[]>([])
  const [page, setPage] = useState<ActionOutput<A> | null>(null)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)
  // The input compared by value: a caller may build it afresh on every render. It goes over the wire as JSON anyway,
  // so the request is sent from `key` itself.
  const key = JSON.stringify(input)

  const load = useCallback(
    (offset: number) => {
      const mine = ++seq.current
      setLoading(true)
      setError(null)
      callApi(action, { ...JSON.parse(key), offset, limit: pageSize } as ActionInput<A>)
        .then((p) => {
          if (mine !== seq.current) return
          const got = p as ActionOutput<A> & { items: ItemOf<A>[] }
          setItems((prev) => (offset === 0 ? got.items : [...prev, ...got.items]))
          setPage(got)
          setLoading(false)
        })
        .catch((e: unknown) => {
          if (mine !== seq.current) return
          setError(toClientError(e))
          setLoading(false)
        })
    },
    [action, key, pageSize]
  )

  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return undefined
    }
    setItems([])
    load(0)
    return () => {
      // eslint-disable-next-line react-hooks/exhaustive-deps -- seq counts requests (no DOM node): bumping its latest value is the point
      seq.current++ // ignore replies that arrive after unmount or after the input changed
    }
  }, [load, enabled])

  const reload = useCallback(() => load(0), [load])
  /** Replaces one item (matched by `id`) after an action on it returned its new state. */
  const replace = useCallback(
    (item: ItemOf<A>) => setItems((prev) => prev.map((x) => ((x as { id?: string }).id === (item as { id?: string }).id ? item : x))),
    []
  )
  const hasMore = (page as { hasMore?: boolean } | null)?.hasMore ?? false
  return { items, page, hasMore, loading, error, reload, loadMore: () => load(items.length), replace }
}
