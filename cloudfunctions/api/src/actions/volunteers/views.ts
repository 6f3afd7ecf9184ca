// The two ways a registration is shown: to the volunteer themself, and to their community's coordinators.
// Neither ever includes the ID number: only `idMasked`.
import { ageOn } from '../../../../../src/shared/domain/idcard'
import { lifecycleOf } from '../../../../../src/shared/domain/volunteerLifecycle'
import { shanghaiDay, toUtcIso } from '../../../../../src/shared/time'
import type { VolunteerDoc } from '../../repos/volunteers'

export function selfView(v: VolunteerDoc, now: Date) {
  return {
    id: v._id,
    status: v.status,
    volunteerNo: v.volunteerNo,
    realName: v.realName,
    idMasked: v.idMasked,
    age: ageOn(v.birthDate, shanghaiDay(now)),
    skills: v.skills,
    availability: v.availability,
    serviceArea: v.serviceArea,
    guardian: v.guardian ? { name: v.guardian.name, relation: v.guardian.relation, verified: v.guardian.verified } : null,
    rejectReason: v.rejectReason,
    lifecycle: lifecycleOf(v),
    lifecycleReason: v.lifecycleReason ?? null,
    politicalStatus: v.politicalStatus ?? null,
    createdAt: toUtcIso(v.createdAt)
    // VolunteerDoc types skills and availability as string[], the contract as its enums (zod checked them on the way
    // in): typing the stored document properly removes this cast.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  } as any
}

export function adminView(v: VolunteerDoc, now: Date) {
  return {
    ...selfView(v, now),
    userId: v.openid,
    phone: v.phone,
    gender: v.gender,
    guardianPhone: v.guardian?.phone ?? null,
    insuredUntil: v.insuredUntil ? toUtcIso(v.insuredUntil) : null
  }
}
