// What an imported roster row becomes: an approved volunteer record under a placeholder key (claimed later by the
// person, volunteers.claim) and, with 补录 columns, one service record of source 'import' whose note names where
// the hours come from. The ID number is stored as registration stores it (cipher, keyed hash, masked).
import { createHash } from 'crypto'
import { maskIdNumber } from '../../../../../src/shared/domain/idcard'
import type { RosterPerson } from '../../../../../src/shared/domain/roster'
import { toGeoPoint, toLocation } from '../../lib/geo'
import { encryptIdNumber } from '../../lib/idCrypto'
import type { CommunityDoc } from '../../repos/communities'
import type { RecordDoc } from '../../repos/records'
import { rosterKey, type NewVolunteer } from '../../repos/roster'

function communityPoint(community: CommunityDoc): unknown {
  const at = toLocation(community.location)
  return at ? toGeoPoint(at) : null
}

export function rosterVolunteer(p: RosterPerson, idHash: string, importId: string, community: CommunityDoc, by: string, now: Date): NewVolunteer {
  const key = rosterKey(idHash)
  return {
    _id: key,
    openid: key,
    communityId: community._id,
    realName: p.realName,
    idCipher: encryptIdNumber(p.id.number),
    idHash,
    idMasked: maskIdNumber(p.id.number),
    birthDate: p.id.birthDate,
    gender: p.id.gender,
    phone: p.phone,
    skills: [],
    availability: [],
    serviceArea: community.name,
    // They serve their community until they say otherwise: its point places them among dispatch candidates once
    // claimed and given skills (no skills: no order's requirements are met before that).
    serviceLocation: communityPoint(community),
    politicalStatus: p.politicalStatus,
    guardian: null,
    status: 'approved',
    rejectReason: null,
    reviewedBy: by,
    reviewedAt: now,
    roster: {
      importId,
      row: p.row,
      claimedAt: null,
      politicalStatus: p.politicalStatus,
      specialty: p.specialty,
      registeredOn: p.registeredOn,
      formerNo: p.formerNo
    },
    createdAt: now,
    updatedAt: now
  }
}

/** The 补录 record of a row (volunteerNo is filled in when numbers are issued, inside the import's transaction). */
export function pastRecord(p: RosterPerson, v: NewVolunteer, community: CommunityDoc, now: Date): RecordDoc | null {
  if (!p.pastService) return null
  const { minutes, date, source } = p.pastService
  return {
    _id: `import-${createHash('sha256').update(`${v.openid}\u0000${date}\u0000${minutes}\u0000${source}`).digest('hex').slice(0, 32)}`,
    volunteerOpenid: v.openid,
    volunteerId: v._id,
    volunteerName: p.realName,
    volunteerNo: null,
    communityId: community._id,
    organizer: community.name,
    source: 'import',
    category: null,
    content: '补录服务时长',
    place: community.name,
    date,
    startAt: null,
    endAt: null,
    minutes,
    evaluation: null,
    correction: null,
    history: [],
    orderId: null,
    note: `补录来源：${source}`,
    resolutionApplied: false,
    version: 1,
    createdAt: now,
    updatedAt: now
  }
}
