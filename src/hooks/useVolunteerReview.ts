// 审核列表: the community's registrations by status (volunteers.list, paged) and one decision on one of them
// (volunteers.review). The list reloads after every decision.
import { useCallback, useEffect, useRef, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput } from '../shared/contracts'
import { messageFor } from '../shared/errors'
import type { FieldErrors } from './formErrors'
import { useAction } from './useAction'
import { toClientError } from './useQuery'

export type ReviewItem = ActionOutput<'volunteers.list'>['items'][number]
export type ReviewStatus = ReviewItem['status']

const PAGE = 20

export function useReviewList(status: ReviewStatus, enabled: boolean) {
  const [items, setItems] = useState<ReviewItem[]>([])
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiClientError | null>(null)
  const seq = useRef(0)

  const load = useCallback((offset: number) => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    callApi('volunteers.list', { status, offset, limit: PAGE })
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
  }, [status])

  useEffect(() => {
    if (!enabled) return undefined
    setItems([])
    load(0)
    return () => {
      seq.current++
    }
  }, [load, enabled])

  const reload = useCallback(() => load(0), [load])
  const loadMore = useCallback(() => load(items.length), [load, items.length])
  return { items, hasMore, loading, error, reload, loadMore }
}

/** One coordinator decision: 通过 (with 已核实监护人同意 for a minor) or 不通过 with a reason. */
export function useReviewDecision(volunteerId: string, onDone: () => void) {
  const review = useAction('volunteers.review', {
    fields: ['reason', 'guardianVerified'],
    // The contract lets the reason be optional (approvals have none); a rejection needs one, as the server says.
    validate: (input): FieldErrors => (input.decision === 'reject' && !input.reason?.trim() ? { reason: messageFor('REASON_REQUIRED') } : {})
  })
  const approve = useCallback(async (guardianVerified: boolean) => {
    const done = await review.run({ volunteerId, decision: 'approve', ...(guardianVerified ? { guardianVerified } : {}) })
    if (done) onDone()
  }, [review, volunteerId, onDone])
  const reject = useCallback(async (reason: string) => {
    const done = await review.run({ volunteerId, decision: 'reject', reason: reason.trim() })
    if (done) onDone()
  }, [review, volunteerId, onDone])
  return { approve, reject, pending: review.pending, fieldErrors: review.fieldErrors, formError: review.formError, clearField: review.clearField }
}
