// One CSV row per volunteer / per service record, in the column order of VOLUNTEER_EXPORT_HEADERS and
// RECORD_EXPORT_HEADERS (the national system's field names). Only masked identity data: the ID number as stored
// masked at registration (idMasked; the clear number is never decrypted here) and the phone masked.
import { categoryLabels, type StoredCatalog } from '../../../../../src/shared/domain/order'
import { hoursOf, type CsvCell } from '../../../../../src/shared/domain/csv'
import { formatShanghai, shanghaiDay } from '../../../../../src/shared/time'
import { maskPhone } from '../../lib/phone'
import type { ExportVolunteer } from '../../repos/exportsQueries'
import type { RecordDoc } from '../../repos/records'

/** Registration is by 居民身份证 only (src/shared/domain/idcard.ts). */
export const ID_TYPE = '居民身份证'
const SOURCE_LABELS: Record<RecordDoc['source'], string> = { order: '订单服务', project: '项目活动', honorary: '荣誉时长', import: '补录' }

/** `catalog`: the community's, so its own categories are named (categoryLabel). */
export function volunteerRow(n: number, v: ExportVolunteer, organization: string, totalMinutes: number, catalog?: StoredCatalog | null): CsvCell[] {
  const skills = categoryLabels(v.skills, catalog)
  return [
    n,
    v.realName,
    ID_TYPE,
    v.idMasked,
    v.gender === 'male' ? '男' : '女',
    v.phone ? maskPhone(v.phone) : '',
    v.volunteerNo ?? '',
    organization,
    v.serviceArea,
    skills,
    shanghaiDay(v.createdAt),
    v.reviewedAt ? shanghaiDay(v.reviewedAt) : '',
    hoursOf(totalMinutes)
  ]
}

/**
 * Start and end: the service's own times (order check-in/out, a project's session) in China time; records
 * without them (honorary top-ups, records written before start/end were kept) show their service day.
 */
export function recordRow(n: number, r: RecordDoc, v: ExportVolunteer | undefined): CsvCell[] {
  const at = (d: Date | null) => (d ? formatShanghai(d, 'YYYY-MM-DD HH:mm') : r.date)
  const corrected = r.history.length ? `经更正${r.history.length}次` : ''
  return [
    n,
    r.volunteerName,
    v ? ID_TYPE : '',
    v?.idMasked ?? '',
    r.volunteerNo ?? v?.volunteerNo ?? '',
    r.organizer,
    r.content,
    r.place,
    r.date,
    at(r.startAt ?? null),
    at(r.endAt ?? null),
    hoursOf(r.minutes),
    SOURCE_LABELS[r.source] ?? r.source,
    r.evaluation ? `${r.evaluation.stars}星` : '',
    r._id,
    [r.note, corrected].filter(Boolean).join('；')
  ]
}
