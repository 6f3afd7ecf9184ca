// 认领志愿者身份: a user on a community's imported roster confirms name, ID number and phone to take the record
// over (volunteers.claim). The ID number is checked on the device with the shared rules before it is sent.
import { useCallback, useState } from 'react'
import type { ActionOutput } from '../shared/contracts'
import { normalizeIdNumber } from '../shared/domain/idcard'
import { announceMeChanged } from './meEvents'
import { useAction } from './useAction'

export function useRosterClaim() {
  const action = useAction('volunteers.claim', { personal: true, fields: ['realName', 'idNumber', 'phone'] })
  const [values, setValues] = useState({ realName: '', idNumber: '', phone: '' })
  const [done, setDone] = useState<ActionOutput<'volunteers.claim'> | null>(null)
  const set = useCallback(
    (key: keyof typeof values, v: string) => {
      setValues((x) => ({ ...x, [key]: v }))
      action.clearField(key)
    },
    [action]
  )
  const submit = useCallback(async () => {
    const r = await action.run({ ...values, idNumber: normalizeIdNumber(values.idNumber) })
    if (r) {
      setDone(r)
      announceMeChanged()
    }
  }, [action, values])
  return { action, values, set, submit, done }
}
