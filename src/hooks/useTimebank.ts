// 我的时间银行: the caller's account (timebank.account) and statement (timebank.statement: newest first, paged,
// filtered by posting kind and China-time month), both reloaded when the page is shown again (after 转赠), and
// 捐赠到公益池 (timebank.donate) with one requestId per draft.
import { useCallback, useState } from 'react'
import type { ActionOutput } from '../shared/contracts'
import type { PostingKind } from '../shared/domain/ledger'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useQuery } from './useQuery'
import { usePagedQuery } from './usePagedQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type Account = ActionOutput<'timebank.account'>
export type StatementEntry = ActionOutput<'timebank.statement'>['items'][number]

const DONATE_DRAFT = 'timebank.donate'

export interface StatementFilter {
  kind: PostingKind | null
  month: string | null
}

export function useStatement(filter: StatementFilter) {
  const { kind, month } = filter
  return usePagedQuery('timebank.statement', { ...(kind ? { kind } : {}), ...(month ? { month } : {}) })
}

export function useTimebank() {
  const account = useQuery('timebank.account', {})
  const [filter, setFilter] = useState<StatementFilter>({ kind: null, month: null })
  const statement = useStatement(filter)
  const { reload: reloadAccount } = account
  const { reload: reloadStatement } = statement
  const reloadAll = useCallback(() => {
    reloadAccount()
    reloadStatement()
  }, [reloadAccount, reloadStatement])
  useReloadOnShow(reloadAll)
  return { account, statement, filter, setFilter, reloadAll }
}

/** 捐赠到公益池: minutes from the caller's available balance to the community's pool. */
export function useDonate(onDone: (account: Account) => void) {
  const donate = useAction('timebank.donate', { fields: ['minutes'] })
  const [done, setDone] = useState<number | null>(null)
  const run = useCallback(
    async (minutes: number) => {
      setDone(null)
      const r = await donate.run({ requestId: draftId(DONATE_DRAFT), minutes })
      if (!r) return false
      clearDraftId(DONATE_DRAFT)
      setDone(minutes)
      onDone(r.account)
      return true
    },
    [donate, onDone]
  )
  return {
    run,
    done,
    pending: donate.pending,
    fieldErrors: donate.fieldErrors,
    formError: donate.formError,
    clearField: donate.clearField,
    reset: donate.reset
  }
}
