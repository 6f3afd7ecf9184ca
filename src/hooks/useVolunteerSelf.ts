// 服务信息与状态 for the volunteer: their registration (volunteers.me), editing what they offer — skills, availability,
// service area (volunteers.updateProfile, only the fields sent) — and their own lifecycle moves 暂停接单 / 恢复接单 /
// 退出志愿服务 (which ones are offered comes from the shared rulebook, movesFrom(…, 'self')).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '../shared/contracts'
import type { LifecycleMove } from '../shared/domain/volunteerLifecycle'
import { announceMeChanged } from './meEvents'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'
import type { Skill, Slot } from './volunteerForm'

export type SelfVolunteer = NonNullable<ActionOutput<'volunteers.me'>['volunteer']>
export type SelfMove = Extract<LifecycleMove, 'pause' | 'resume' | 'leave'>

export interface OfferValues {
  skills: Skill[]
  availability: Slot[]
  serviceArea: string
}

const EMPTY: OfferValues = { skills: [], availability: [], serviceArea: '' }

export function useVolunteerSelf() {
  const mine = useQuery('volunteers.me', {})
  const update = useAction('volunteers.updateProfile', { personal: true, fields: ['skills', 'availability', 'serviceArea'] })
  const form = useFormValues<OfferValues>(EMPTY, update.clearField)
  const [editing, setEditing] = useState(false)
  const moves = {
    pause: useAction('volunteers.pause'),
    resume: useAction('volunteers.resume'),
    leave: useAction('volunteers.leave', { fields: ['reason'] })
  }
  const volunteer = mine.data?.volunteer ?? null
  const { setValues } = form
  const { reset } = update

  const startEdit = useCallback(() => {
    if (volunteer) setValues({ skills: volunteer.skills, availability: volunteer.availability, serviceArea: volunteer.serviceArea })
    reset()
    setEditing(true)
  }, [volunteer, setValues, reset])

  const save = useCallback(async () => {
    const v = form.values
    const saved = await update.run({ skills: v.skills, availability: v.availability, serviceArea: v.serviceArea.trim() })
    if (!saved) return
    mine.setData({ volunteer: saved })
    setEditing(false)
    void Taro.showToast({ title: '已保存', icon: 'none' })
  }, [form.values, update, mine])

  const run = async (move: SelfMove, reason?: string) => {
    const a = moves[move]
    const done = await (move === 'leave' ? moves.leave.run(reason?.trim() ? { reason: reason.trim() } : {}) : a.run({}))
    if (!done) return null
    mine.setData({ volunteer: done })
    announceMeChanged() // the tab page and 志愿者中心 show the standing too
    return done
  }
  const movePending = Object.values(moves).some((a) => a.pending)
  const moveError = Object.values(moves).find((a) => a.formError)?.formError ?? moves.leave.fieldErrors.reason ?? null
  const clearMoves = () => Object.values(moves).forEach((a) => a.reset())

  return {
    volunteer,
    loading: mine.loading,
    error: mine.error,
    reload: mine.reload,
    editing,
    startEdit,
    cancelEdit: () => setEditing(false),
    form,
    save,
    pending: update.pending,
    fieldErrors: update.fieldErrors,
    formError: update.formError,
    run,
    movePending,
    moveError,
    clearMoves
  }
}
