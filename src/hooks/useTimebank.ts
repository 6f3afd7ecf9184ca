// 我的时间银行: the caller's account (timebank.account) and statement (timebank.statement: newest first, paged,
// filtered by posting kind and China-time month), both reloaded when the page is shown again (after 转赠), and
// 捐赠到公益池 (timebank.donate) with one requestId per draft.
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput } from '../shared/contracts'
import type { PostingKind } from '../shared/domain/ledger'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { toClientError, useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type Account = ActionOutput<'timebank.account'>
export type StatementEntry = ActionOutput<'timebank.statement'>['items'][number]

const PAGE = 20
const DONATE_DRAFT = 'timebank.donate'

export interface StatementFilter {
  kind: PostingKind | null
  month: string | null
}

export function useStatement(filter: StatementFilter) {
  const [items, setItems] = useState<StatementEntry[]>([])
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)
  const { kind, month } = filter

  const load = useCallback((offset: number) => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    callApi('timebank.statement', { offset, limit: PAGE, ...(kind ? { kind } : {}), ...(month ? { month } : {}) })
      .then((page) => {
        if (mine !== seq.current) return
        setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]))
        setHasMore(page.hasMore)
        setLoading(false)
      })
      .catch((e: unknown) => {
        if (mine !== seq.current) return
        setError(toClientError(e))
        setLoading(false)
      })
  }, [kind, month])

  useEffect(() => {
    setItems([])
    load(0)
    return () => {
      seq.current++
    }
  }, [load])

  const reload = useCallback(() => load(0), [load])
  return { items, hasMore, loading, error, reload, loadMore: () => load(items.length) }
}

export function useTimebank() {
  const account = useQuery('timebank.account', {})
  const [filter, setFilter] = useState<StatementFilter>({ kind: null, month: null })
  const statement = useStatement(filter)
  const reloadAll = useCallback(() => {
    account.reload()
    statement.reload()
  }, [account.reload, statement.reload])
  useReloadOnShow(reloadAll)
  return { account, statement, filter, setFilter, reloadAll }
}

/** 捐赠到公益池: minutes from the caller's available balance to the community's pool. */
export function useDonate(onDone: (account: Account) => void) {
  const donate = useAction('timebank.donate', { fields: ['minutes'] })
  const [done, setDone] = useState<number | null>(null)
  const run = useCallback(async (minutes: number) => {
    setDone(null)
    const r = await donate.run({ requestId: draftId(DONATE_DRAFT), minutes })
    if (!r) return false
    clearDraftId(DONATE_DRAFT)
    setDone(minutes)
    onDone(r.account)
    return true
  }, [donate, onDone])
  return { run, done, pending: donate.pending, fieldErrors: donate.fieldErrors, formError: donate.formError, clearField: donate.clearField, reset: donate.reset }
}
