// 注册成为志愿者: the caller's registration (volunteers.me), the form's values and the submission
// (volunteers.register) with field errors from the shared rules first and the server's after.
import { useCallback, useState } from 'react'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'
import { announceMeChanged } from './meEvents'
import { EMPTY_VOLUNTEER_FORM, VOLUNTEER_FORM_FIELDS, registrationRules, toRegisterInput, type VolunteerFormValues } from './volunteerForm'

type GuardianKey = keyof VolunteerFormValues['guardian']

export function useVolunteerRegistration() {
  const mine = useQuery('volunteers.me', {})
  const register = useAction('volunteers.register', { personal: true, validate: registrationRules, fields: VOLUNTEER_FORM_FIELDS })
  const [resubmitting, setResubmitting] = useState(false)
  const { clearField } = register
  const form = useFormValues(EMPTY_VOLUNTEER_FORM, clearField)
  const { values, setValues } = form
  // The guardian block has its own setter (nested fields), so setField is offered for the flat fields only.
  const setField: <K extends Exclude<keyof VolunteerFormValues, 'guardian'>>(key: K, value: VolunteerFormValues[K]) => void = form.setField

  const setGuardian = useCallback(
    <K extends GuardianKey>(key: K, value: VolunteerFormValues['guardian'][K]) => {
      setValues((v) => ({ ...v, guardian: { ...v.guardian, [key]: value } }))
      clearField(`guardian.${key}`)
      clearField('guardian')
    },
    [clearField, setValues]
  )

  const submit = useCallback(async () => {
    const saved = await register.run(toRegisterInput(values))
    if (saved) {
      mine.setData({ volunteer: saved })
      setResubmitting(false)
      announceMeChanged()
    }
    return saved
  }, [register, values, mine])

  /** 重新提交 after a rejection: the form again, pre-filled with what the applicant may keep. */
  const startResubmit = useCallback(() => {
    const v = mine.data?.volunteer
    if (v) setValues({ ...EMPTY_VOLUNTEER_FORM, realName: v.realName, skills: v.skills, availability: v.availability, serviceArea: v.serviceArea })
    register.reset()
    setResubmitting(true)
  }, [mine.data, register, setValues])

  return {
    volunteer: mine.data?.volunteer ?? null,
    loading: mine.loading,
    error: mine.error,
    reload: mine.reload,
    values,
    setField,
    setGuardian,
    submit,
    pending: register.pending,
    fieldErrors: register.fieldErrors,
    formError: register.formError,
    resubmitting,
    startResubmit
  }
}
