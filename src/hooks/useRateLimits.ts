// 限流设置 for coordinators: the community's limits (read with the catalogue, catalog.list), a form for the
// resident-facing ones (COMMUNITY_RATE_LIMITS), and communities.updateRateLimits with what changed. The server
// names a problem by the position in the list it was sent (limits.0.perUser); here it is put back under the
// action it belongs to.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ActionOutput, RateLimitView } from '../shared/contracts'
import { isCommunityTunable } from '../shared/domain/rateLimits'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export interface LimitValues {
  windowMinutes: number
  perUser: string
  perCommunity: string
}
type Values = Partial<Record<string, LimitValues>>

const toValues = (views: RateLimitView[]): Values =>
  Object.fromEntries(views.map((v) => [v.action, { windowMinutes: v.windowMinutes, perUser: String(v.perUser), perCommunity: String(v.perCommunity) }]))
const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN)

export function useRateLimits() {
  const list = useQuery('catalog.list', {})
  const update = useAction('communities.updateRateLimits')
  const { clearField, fieldErrors } = update
  const [values, setValues] = useState<Values>({})
  const [saved, setSaved] = useState<string | null>(null)
  const sent = useRef<string[]>([]) // the actions of the last list sent, by position
  // Problems come back as limits.<i>.<field>: shown under <action>.<field>.
  const errors = useMemo(() => {
    const byAction: Record<string, string> = {}
    for (const [k, m] of Object.entries(fieldErrors)) {
      const [, i, field] = k.split('.')
      const action = sent.current[Number(i)]
      if (field && action) byAction[`${action}.${field}`] = m
    }
    return byAction
  }, [fieldErrors])
  const views = list.data?.rateLimits ?? null
  const tunable = (views ?? []).filter((v) => v.tunable)
  useEffect(() => {
    if (views) setValues(toValues(views))
  }, [views])

  const set = useCallback(
    (action: string, patch: Partial<LimitValues>) => {
      setValues((cur) => ({ ...cur, [action]: { ...cur[action]!, ...patch } }))
      const i = sent.current.indexOf(action)
      if (i >= 0) for (const f of Object.keys(patch)) clearField(`limits.${i}.${f}`)
      setSaved(null)
    },
    [clearField]
  )

  const send = useCallback(
    async (limits: ActionOutput<'communities.updateRateLimits'>['rateLimits'], what: string) => {
      const input = limits.flatMap(({ action, windowMinutes, perUser, perCommunity }) =>
        isCommunityTunable(action) ? [{ action, windowMinutes, perUser, perCommunity }] : []
      )
      if (!input.length) {
        setSaved('限流设置没有改动')
        return
      }
      sent.current = input.map((l) => l.action)
      const r = await update.run({ limits: input })
      if (!r) return
      list.setData(list.data ? { ...list.data, rateLimits: r.rateLimits } : list.data)
      setSaved(what)
    },
    [update, list]
  )

  const changedLimits = () =>
    tunable
      .map((v) => ({ v, x: values[v.action] }))
      .filter(({ v, x }) => x && (x.windowMinutes !== v.windowMinutes || whole(x.perUser) !== v.perUser || whole(x.perCommunity) !== v.perCommunity))
      .map(({ v, x }) => ({ ...v, windowMinutes: x!.windowMinutes, perUser: whole(x!.perUser), perCommunity: whole(x!.perCommunity) }))

  const save = () => send(changedLimits(), '限流设置已保存，立即生效')
  const restore = (v: RateLimitView) => send([{ ...v, ...v.defaults }], `「${v.label}」已恢复默认`)

  return { list, tunable, views, values, set, save, restore, saved, errors, pending: update.pending, formError: update.formError }
}
