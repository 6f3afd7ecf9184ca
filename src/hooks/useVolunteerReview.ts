// 审核列表: the community's registrations by status (volunteers.list, paged) and one decision on one of them
// (volunteers.review). The list reloads after every decision.
import { useCallback } from 'react'
import type { ActionOutput } from '../shared/contracts'
import { messageFor } from '../shared/errors'
import type { FieldErrors } from './formErrors'
import { useAction } from './useAction'
import { usePagedQuery } from './usePagedQuery'

export type ReviewItem = ActionOutput<'volunteers.list'>['items'][number]
export type ReviewStatus = ReviewItem['status']

export function useReviewList(status: ReviewStatus, enabled: boolean) {
  return usePagedQuery('volunteers.list', { status }, enabled)
}

/** One coordinator decision: 通过 (with 已核实监护人同意 for a minor) or 不通过 with a reason. */
export function useReviewDecision(volunteerId: string, onDone: () => void) {
  const review = useAction('volunteers.review', {
    fields: ['reason', 'guardianVerified'],
    // The contract lets the reason be optional (approvals have none); a rejection needs one, as the server says.
    validate: (input): FieldErrors => (input.decision === 'reject' && !input.reason?.trim() ? { reason: messageFor('REASON_REQUIRED') } : {})
  })
  const approve = useCallback(
    async (guardianVerified: boolean) => {
      const done = await review.run({ volunteerId, decision: 'approve', ...(guardianVerified ? { guardianVerified } : {}) })
      if (done) onDone()
    },
    [review, volunteerId, onDone]
  )
  const reject = useCallback(
    async (reason: string) => {
      const done = await review.run({ volunteerId, decision: 'reject', reason: reason.trim() })
      if (done) onDone()
    },
    [review, volunteerId, onDone]
  )
  return { approve, reject, pending: review.pending, fieldErrors: review.fieldErrors, formError: review.formError, clearField: review.clearField }
}
