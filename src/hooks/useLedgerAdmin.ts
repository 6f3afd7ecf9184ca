// 调账与记录 (coordinator): the community's approved volunteers to pick from (volunteers.list), 调账 — ± minutes
// with a reason on a member's balance (timebank.adjust, one requestId per draft, a confirmation step first) —
// and 冲正 — reversing a posting by its id with a reason (timebank.reverse; `reverse:<id>` makes it happen once).
import { useCallback, useEffect, useState } from 'react'
import { callApi, type ApiClientError } from '../api/client'
import type { ActionOutput } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { toClientError } from './useQuery'

export type CommunityVolunteer = ActionOutput<'volunteers.list'>['items'][number]

/**
 * The volunteer's user id (their account's owner) for timebank.adjust. VolunteerAdminView must carry it as
 * `userId` — the volunteer record's own id is not the user id, and no other action tells the app.
 */
export function userIdOf(v: CommunityVolunteer): string | null {
  return (v as CommunityVolunteer & { userId?: string }).userId ?? null
}

/** Every approved volunteer of the coordinator's community (pages of 50, fetched until done). */
export function useCommunityVolunteers(enabled: boolean) {
  const [items, setItems] = useState<CommunityVolunteer[]>([])
  const [loading, setLoading] = useState(enabled)
  const [error, setError] = useState<ApiClientError | null>(null)
  const load = useCallback(async () => {
    setLoading(true)
    setError(null)
    try {
      const all: CommunityVolunteer[] = []
      for (let offset = 0; offset < 1000; offset += 50) {
        const page = await callApi('volunteers.list', { status: 'approved', offset, limit: 50 })
        all.push(...page.items)
        if (!page.hasMore) break
      }
      setItems(all)
    } catch (e) {
      setError(toClientError(e))
    } finally {
      setLoading(false)
    }
  }, [])
  useEffect(() => {
    if (enabled) void load()
  }, [enabled, load])
  return { items, loading, error, reload: () => void load() }
}

const ADJUST_DRAFT = 'timebank.adjust'

export function useAdjust(volunteer: CommunityVolunteer | null) {
  const adjust = useAction('timebank.adjust', { fields: ['minutes', 'reason'] })
  const [sign, setSign] = useState<'+' | '-'>('+')
  const [hours, setHours] = useState('')
  const [minutes, setMinutes] = useState('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [local, setLocal] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const total = toMinutes(hours, minutes)
  const signed = Number.isFinite(total) ? (sign === '+' ? total : -total) : 0

  const next = useCallback(() => {
    adjust.reset()
    setDone(null)
    if (!volunteer) return setLocal('请先选择志愿者')
    if (!userIdOf(volunteer)) return setLocal('暂时无法为该志愿者调账：缺少用户编号')
    if (!Number.isFinite(total) || total <= 0) return setLocal('请填写调整的时长')
    if (reason.trim().length < 2) return setLocal('请填写调整原因')
    setLocal(null)
    setConfirming(true)
  }, [adjust, volunteer, total, reason])

  const send = useCallback(async () => {
    const userId = volunteer ? userIdOf(volunteer) : null
    if (!userId) return
    const r = await adjust.run({ requestId: draftId(ADJUST_DRAFT), userId, minutes: signed, reason: reason.trim() })
    if (!r) return
    clearDraftId(ADJUST_DRAFT)
    setDone(r.postingId)
    setConfirming(false)
    setHours('')
    setMinutes('')
    setReason('')
  }, [adjust, volunteer, signed, reason])

  return {
    sign,
    setSign,
    hours,
    minutes,
    reason,
    signed,
    confirming,
    done,
    next,
    send,
    back: () => setConfirming(false),
    setDuration: (h: string, m: string) => {
      setHours(h)
      setMinutes(m)
      setLocal(null)
    },
    setReason: (v: string) => {
      setReason(v)
      setLocal(null)
      adjust.clearField('reason')
    },
    pending: adjust.pending,
    error: local ?? adjust.formError ?? Object.values(adjust.fieldErrors)[0] ?? null
  }
}

export function useReverse() {
  const reverse = useAction('timebank.reverse', { fields: ['postingId', 'reason'] })
  const [postingId, setPostingId] = useState('')
  const [reason, setReason] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const [local, setLocal] = useState<string | null>(null)
  const next = useCallback(() => {
    reverse.reset()
    setDone(null)
    if (!postingId.trim()) return setLocal('请填写要冲正的记录编号')
    if (reason.trim().length < 2) return setLocal('请填写冲正原因')
    setLocal(null)
    setConfirming(true)
  }, [reverse, postingId, reason])
  const send = useCallback(async () => {
    const r = await reverse.run({ postingId: postingId.trim(), reason: reason.trim() })
    if (!r) return
    setDone(r.postingId)
    setConfirming(false)
    setPostingId('')
    setReason('')
  }, [reverse, postingId, reason])
  return {
    postingId,
    reason,
    confirming,
    done,
    next,
    send,
    back: () => setConfirming(false),
    setPostingId: (v: string) => {
      setPostingId(v)
      setLocal(null)
      reverse.clearField('postingId')
    },
    setReason: (v: string) => {
      setReason(v)
      setLocal(null)
      reverse.clearField('reason')
    },
    pending: reverse.pending,
    error: local ?? reverse.formError ?? Object.values(reverse.fieldErrors)[0] ?? null
  }
}
