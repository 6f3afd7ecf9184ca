// 家人代办: the caller's proxy links (family.list), asking to act for a family member (family.link), confirming
// as the member with the 6-digit code (family.confirm) and — for coordinators — approving links for members who
// cannot use a phone (family.approve).
import { useCallback, useState } from 'react'
import { callApi } from '../api/client'
import type { ActionInput } from '../shared/contracts'
import type { FamilyLink } from './labels'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { toClientError, useQuery } from './useQuery'

type LinkInput = ActionInput<'family.link'>
export type Relation = LinkInput['relation']

export interface FamilyFormValues {
  relation: Relation | ''
  memberName: string
  memberUsesPhone: boolean | null
  memberPhone: string
}

const EMPTY: FamilyFormValues = { relation: '', memberName: '', memberUsesPhone: null, memberPhone: '' }

export function useFamily() {
  const list = useQuery('family.list', {})
  const link = useAction('family.link', {
    personal: true,
    fields: ['relation', 'memberName', 'memberUsesPhone', 'memberPhone'],
    validate: (input) => ({
      ...(input.relation ? {} : { relation: '请选择家人与您的关系' }),
      ...(typeof input.memberUsesPhone === 'boolean' ? {} : { memberUsesPhone: '请选择家人是否使用微信' })
    })
  })
  const confirm = useAction('family.confirm', { fields: ['code'] })
  const [created, setCreated] = useState<FamilyLink | null>(null)
  const [confirmed, setConfirmed] = useState<FamilyLink | null>(null)
  const { values, setValues, setField } = useFormValues(EMPTY, link.clearField)

  const submitLink = useCallback(async () => {
    const phone = values.memberPhone.trim()
    const input = {
      relation: values.relation,
      memberName: values.memberName.trim(),
      memberUsesPhone: values.memberUsesPhone,
      ...(phone ? { memberPhone: phone } : {})
    }
    const saved = await link.run(input as LinkInput) // relation '' / memberUsesPhone null are caught by validate
    if (saved) {
      setCreated(saved)
      setValues(EMPTY)
      list.reload()
    }
  }, [link, values, list, setValues])

  const submitCode = useCallback(
    async (code: string) => {
      const done = await confirm.run({ code: code.trim() })
      if (done) {
        setConfirmed(done)
        list.reload()
      }
      return done
    },
    [confirm, list]
  )

  return { list, link, values, setField, submitLink, created, dismissCreated: () => setCreated(null), confirm, submitCode, confirmed }
}

/** A coordinator's decision on one link waiting for in-person verification. */
export function useFamilyApproval(onDone: () => void) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const decide = useCallback(
    async (linkId: string, decision: 'approve' | 'reject') => {
      setBusy(linkId)
      setError(null)
      try {
        await callApi('family.approve', { linkId, decision })
        onDone()
      } catch (e) {
        setError(toClientError(e).message)
      } finally {
        setBusy(null)
      }
    },
    [onDone]
  )
  return { decide, busy, error }
}
