// The 注册成为志愿者 form: its values, what the ID number says about the applicant (instantly, with the shared
// GB 11643 rules the server applies too), and the rules the zod schema cannot express. Pure functions.
import type { ActionInput } from '../shared/contracts'
import { ageBand, ageOn, parseIdNumber, type AgeBand } from '../shared/domain/idcard'
import { messageFor } from '../shared/errors'
import { shanghaiDay } from '../shared/time'
import type { FieldErrors } from './formErrors'

export type RegisterInput = ActionInput<'volunteers.register'>
export type Skill = RegisterInput['skills'][number]
export type Slot = RegisterInput['availability'][number]

export interface VolunteerFormValues {
  realName: string
  idNumber: string
  phone: string
  skills: Skill[]
  availability: Slot[]
  serviceArea: string
  guardian: { name: string; phone: string; relation: string; consent: boolean }
}

export const EMPTY_VOLUNTEER_FORM: VolunteerFormValues = {
  realName: '',
  idNumber: '',
  phone: '',
  skills: [],
  availability: [],
  serviceArea: '',
  guardian: { name: '', phone: '', relation: '', consent: false }
}

export type IdStatus = { state: 'incomplete' } | { state: 'invalid'; message: string } | { state: 'ok'; age: number; band: AgeBand }

/** What the ID number typed so far tells: nothing yet (under 18 characters), a problem, or the age. */
export function idStatus(raw: string, today = shanghaiDay(new Date())): IdStatus {
  const compact = raw.replace(/\s+/g, '')
  if (compact.length < 18) return { state: 'incomplete' }
  const parsed = parseIdNumber(compact, today)
  if (!parsed.ok) return { state: 'invalid', message: messageFor(parsed.problem) }
  const age = ageOn(parsed.info.birthDate, today)
  return { state: 'ok', age, band: ageBand(age) }
}

/** The action input; the guardian is sent only for applicants aged 14–17. */
export function toRegisterInput(v: VolunteerFormValues): RegisterInput {
  const id = idStatus(v.idNumber)
  const minor = id.state === 'ok' && id.band === 'minor_with_guardian'
  return {
    realName: v.realName.trim(),
    idNumber: v.idNumber.replace(/\s+/g, '').toUpperCase(),
    phone: v.phone.trim(),
    skills: v.skills,
    availability: v.availability,
    serviceArea: v.serviceArea.trim(),
    serviceLocation: null,
    guardian: minor ? ({ ...v.guardian, name: v.guardian.name.trim(), phone: v.guardian.phone.trim() } as RegisterInput['guardian']) : null
  }
}

/** Rules beyond the zod schema, with the same codes' messages the server would answer. */
export function registrationRules(input: RegisterInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!input.idNumber) return errors // the schema already says 请填写身份证号码
  const id = idStatus(input.idNumber)
  if (id.state === 'incomplete') errors.idNumber = messageFor('ID_FORMAT')
  else if (id.state === 'invalid') errors.idNumber = id.message
  else if (id.band === 'too_young') errors.idNumber = messageFor('TOO_YOUNG')
  else if (id.band === 'minor_with_guardian') {
    const g = input.guardian
    if (!g) errors.guardian = messageFor('GUARDIAN_REQUIRED')
    else {
      if (!g.relation) errors['guardian.relation'] = '请选择监护人与您的关系'
      if (!g.consent) errors['guardian.consent'] = '需要监护人同意'
    }
  }
  return errors
}

/** Field keys the form shows next to an input (others go to the global message). */
export const VOLUNTEER_FORM_FIELDS = [
  'realName',
  'idNumber',
  'phone',
  'skills',
  'availability',
  'serviceArea',
  'guardian',
  'guardian.name',
  'guardian.phone',
  'guardian.relation',
  'guardian.consent'
] as const
