// The small rules behind 志愿者管理 and 受助对象登记: insurance standing (with the eligibility rule's isInsured at its
// edge), the lifecycle buttons derived from the move table, who counts as registered, and the list masks.
import { blocksRiskyServices, EXPIRING_WITHIN_DAYS, insuranceStatus } from '../../src/shared/domain/insurance'
import { maskAddress, maskPhone } from '../../src/shared/domain/masking'
import { isInsured } from '../../src/shared/domain/order'
import { countsAsRegistered, LIFECYCLE_MOVES, movesFrom, VOLUNTEER_LIFECYCLES } from '../../src/shared/domain/volunteerLifecycle'

const NOW = new Date('2025-03-01T04:00:00.000Z') // 12:00 in Shanghai
const DAY = 86400000
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString()

describe('insuranceStatus', () => {
  it('names none, expired, expiring and covered, agreeing with isInsured at the edge', () => {
    expect(insuranceStatus(null, NOW)).toBe('none')
    expect(insuranceStatus(at(-1), NOW)).toBe('expired')
    expect(insuranceStatus(at(0), NOW)).toBe('expiring') // covered through this instant, as isInsured says
    expect(isInsured({ insuredUntil: at(0) }, NOW)).toBe(true)
    expect(insuranceStatus(at(EXPIRING_WITHIN_DAYS * DAY), NOW)).toBe('expiring')
    expect(insuranceStatus(at(EXPIRING_WITHIN_DAYS * DAY + 1), NOW)).toBe('covered')
    expect(['none', 'expired', 'expiring', 'covered'].map((s) => blocksRiskyServices(s as never))).toEqual([true, true, false, false])
  })
})

describe('lifecycle buttons and the registered count', () => {
  it('offers exactly the moves the table allows from each lifecycle, to each side', () => {
    for (const l of VOLUNTEER_LIFECYCLES)
      for (const by of ['self', 'coordinator'] as const) {
        const expected = Object.entries(LIFECYCLE_MOVES)
          .filter(([, r]) => r.by === by && r.from.includes(l))
          .map(([m]) => m)
        expect(movesFrom(l, by)).toEqual(expected)
      }
    expect(movesFrom('active', 'self')).toEqual(['pause', 'leave'])
    expect(movesFrom('suspended', 'coordinator')).toEqual(['reinstate', 'revoke'])
    expect(movesFrom('left', 'self')).toEqual([])
  })

  it('counts approved volunteers unless they left or were revoked', () => {
    expect(VOLUNTEER_LIFECYCLES.filter((lifecycle) => countsAsRegistered({ status: 'approved', lifecycle }))).toEqual(['active', 'paused', 'suspended'])
    expect(countsAsRegistered({ status: 'approved' })).toBe(true) // a document without the field is active
    expect(countsAsRegistered({ status: 'pending', lifecycle: 'active' })).toBe(false)
  })
})

describe('masks', () => {
  it('keeps the street or estate name and never a building or door number', () => {
    expect(maskAddress('文昌路12号2栋101')).toBe('文昌路****')
    expect(maskAddress('文华苑8栋502')).toBe('文华苑****')
    expect(maskAddress('幸福小区3-201')).toBe('幸福小区****')
    for (const a of ['文昌三路9号3栋102', '12号楼', 'A']) expect(maskAddress(a).replace(/\*+$/, '').length).toBeLessThanOrEqual(Math.ceil(a.length / 2))
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('0752-2233445')).toBe('075*****3445')
  })
})
