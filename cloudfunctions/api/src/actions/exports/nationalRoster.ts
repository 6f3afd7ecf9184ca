// exports.nationalRoster — every field of the approved volunteers in the national import layout, ID number and phone
// UNMASKED (decrypted here and nowhere else), for filing with the national system. Only a street admin (the
// communities of their street; one named, or all) and a platform admin (one named community). A coordinator —
// even of the community — gets the masked exports.volunteers instead. The stated purpose is audited with the file;
// the link lasts an hour (EXPORT_URL_MAX_AGE_S). Round trips: caller, community or street's communities, per 1000
// volunteers: page + totals, then upload, URL, audit.
import { EXPORT_MAX_ROWS } from '../../../../../src/shared/contracts'
import { buildCsv, hoursOf, type CsvCell } from '../../../../../src/shared/domain/csv'
import { POLITICAL_STATUS_LABELS, type PoliticalStatus } from '../../../../../src/shared/domain/politicalStatus'
import { NATIONAL_EXPORT_HEADERS, ROSTER_ID_TYPE } from '../../../../../src/shared/domain/roster'
import { AppError } from '../../../../../src/shared/errors'
import { shanghaiDay } from '../../../../../src/shared/time'
import { decryptIdNumber } from '../../lib/idCrypto'
import { callerStreet, runsStreetOf } from '../../lib/scope'
import { communitiesOfStreet, findCommunity, type CommunityDoc } from '../../repos/communities'
import { recordTotalsOf } from '../../repos/exportsQueries'
import { approvedWithCipherAfter } from '../../repos/roster'
import type { VolunteerDoc } from '../../repos/volunteers'
import { defineAction, type ActionContext } from '../define'
import { deliverCsv } from './deliver'
import { exportFileName } from './scope'

async function covered(ctx: ActionContext, communityId: string | undefined): Promise<{ scopeId: string; communities: CommunityDoc[] }> {
  const admin = !!ctx.user?.roles.includes('admin')
  if (!communityId) {
    if (admin && !ctx.user?.roles.includes('street_admin')) throw new AppError('BAD_INPUT', { communityId: '请选择要导出的社区' })
    const streetId = callerStreet(ctx)
    return { scopeId: streetId, communities: await communitiesOfStreet(streetId) }
  }
  const c = await findCommunity(communityId)
  if (!c) throw new AppError(admin ? 'NOT_FOUND' : 'FORBIDDEN')
  if (!admin && !runsStreetOf(ctx, c)) throw new AppError('FORBIDDEN')
  return { scopeId: c._id, communities: [c] }
}

const politicalLabel = (k: PoliticalStatus | null | undefined) => (k && POLITICAL_STATUS_LABELS[k]) || ''

const row = (v: VolunteerDoc, org: string, minutes: number): CsvCell[] => [
  v.realName,
  ROSTER_ID_TYPE,
  decryptIdNumber(v.idCipher),
  v.phone,
  v.gender === 'male' ? '男' : '女',
  v.birthDate,
  // What the volunteer says now (the profile), else what their roster said.
  politicalLabel(v.politicalStatus ?? v.roster?.politicalStatus),
  v.roster?.specialty ?? '',
  v.roster?.registeredOn ?? shanghaiDay(v.createdAt),
  v.volunteerNo ?? '',
  org,
  hoursOf(minutes)
]

export const nationalRoster = defineAction({
  action: 'exports.nationalRoster',
  allow: ['street_admin', 'admin'],
  scope: 'street',
  async handler(input, ctx) {
    const { scopeId, communities } = await covered(ctx, input.communityId)
    const rows: CsvCell[][] = []
    for (const c of communities) {
      for (let after: string | null = null; ;) {
        const page = await approvedWithCipherAfter(c._id, after)
        const totals = await recordTotalsOf(page.map((v) => v.openid))
        for (const v of page) rows.push(row(v, c.name, totals.get(v.openid) ?? 0))
        if (rows.length > EXPORT_MAX_ROWS) throw new AppError('EXPORT_TOO_LARGE')
        if (page.length < 1000) break
        after = page[page.length - 1].volunteerNo
      }
    }
    const day = shanghaiDay(ctx.now).replace(/-/g, '')
    const title = communities.length === 1 ? communities[0] : { ...communities[0], name: `街道${communities.length}个社区` }
    return deliverCsv(ctx, {
      kind: 'nationalRoster',
      communityId: scopeId,
      fileName: title ? exportFileName('全量名册', title, day) : `全量名册_${day}.csv`,
      csv: buildCsv(NATIONAL_EXPORT_HEADERS, rows),
      rows: rows.length,
      period: { purpose: input.purpose, communities: communities.map((c) => c._id), asOf: shanghaiDay(ctx.now) }
    })
  }
})
