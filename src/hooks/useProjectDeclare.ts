// 申报项目 (coordinator): title, introduction, category, place, capacity and 1–20 sessions, each a China-time day and
// start (pickers) and a duration in hours + minutes. One requestId per draft (draftIds.ts), so a retried
// declaration never makes a second project; it opens the new project (待审核) once the server has it.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ServiceCategory } from '../shared/contracts'
import { formatShanghai } from '../shared/time'
import { clearDraftId, draftId } from './draftIds'
import type { FieldErrors } from './formErrors'
import { toMinutes } from './timebankFormat'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { PROJECT_PAGES } from './useProjects'

type DeclareInput = ActionInput<'projects.declare'>
const DRAFT = 'projects.declare'
export const MAX_SESSIONS = 20

export interface SessionDraft {
  day: string
  time: string
  hours: string
  minutes: string
}

export interface DeclareValues {
  title: string
  description: string
  category: ServiceCategory | ''
  place: string
  capacity: string
}

export const DECLARE_FIELDS = ['title', 'description', 'category', 'place', 'capacity', 'sessions'] as const

/** A week from now, 09:00, two hours: what most community activities look like. */
function newSession(after?: SessionDraft): SessionDraft {
  if (after) {
    const next = new Date(new Date(`${after.day}T00:00:00+08:00`).getTime() + 7 * 86400000)
    return { ...after, day: formatShanghai(next, 'YYYY-MM-DD') }
  }
  return { day: formatShanghai(Date.now() + 7 * 86400000, 'YYYY-MM-DD'), time: '09:00', hours: '2', minutes: '0' }
}

/** Each session's own problem (sessions.<i>), in Chinese; the server's schema says the same less precisely. */
function sessionErrors(sessions: SessionDraft[]): FieldErrors {
  const errors: FieldErrors = {}
  sessions.forEach((s, i) => {
    const m = toMinutes(s.hours, s.minutes)
    if (!Number.isFinite(m)) errors[`sessions.${i}.minutes`] = '时长请填写整数'
    else if (m < 10) errors[`sessions.${i}.minutes`] = '每场至少10分钟'
    else if (m > 720) errors[`sessions.${i}.minutes`] = '每场最多12小时'
  })
  return errors
}

export function useProjectDeclare() {
  const declare = useAction('projects.declare', { fields: [...DECLARE_FIELDS] })
  const { values, setField } = useFormValues<DeclareValues>({ title: '', description: '', category: '', place: '', capacity: '' }, declare.clearField)
  const [sessions, setSessions] = useState<SessionDraft[]>(() => [newSession()])
  const [extraErrors, setExtraErrors] = useState<FieldErrors>({})

  const setSession = useCallback((i: number, patch: Partial<SessionDraft>) => {
    setSessions((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)))
    setExtraErrors({})
  }, [])
  const addSession = useCallback(() => setSessions((all) => (all.length < MAX_SESSIONS ? [...all, newSession(all[all.length - 1])] : all)), [])
  const removeSession = useCallback((i: number) => setSessions((all) => (all.length > 1 ? all.filter((_, j) => j !== i) : all)), [])

  const submit = useCallback(async () => {
    const local = sessionErrors(sessions)
    setExtraErrors(local)
    if (Object.keys(local).length) return
    const capacity = values.capacity.trim() === '' ? Number.NaN : Number(values.capacity)
    const input: DeclareInput = {
      requestId: draftId(DRAFT),
      title: values.title.trim(),
      description: values.description.trim(),
      ...(values.category ? { category: values.category } : {}),
      place: values.place.trim(),
      capacity: Number.isFinite(capacity) ? capacity : (undefined as unknown as number), // the schema says 请填写招募人数
      sessions: sessions.map((s) => ({ startsAt: `${s.day}T${s.time}:00+08:00`, minutes: toMinutes(s.hours, s.minutes) }))
    }
    const project = await declare.run(input)
    if (!project) return
    clearDraftId(DRAFT)
    await Taro.redirectTo({ url: `${PROJECT_PAGES.detail(project.id)}&created=1` })
  }, [sessions, values, declare])

  const fieldErrors = { ...declare.fieldErrors, ...extraErrors }
  return { values, setField, sessions, setSession, addSession, removeSession, submit, pending: declare.pending, fieldErrors, formError: declare.formError }
}
