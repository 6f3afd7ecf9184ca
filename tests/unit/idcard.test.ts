import { ageBand, ageOn, maskIdNumber, parseIdNumber } from '../../src/shared/domain/idcard'
import { idFor } from '../fixtures/idNumbers'

const TODAY = '2026-11-23'

describe('ID card numbers (GB 11643)', () => {
  it("accepts the standard's worked example and derives birth date and gender", () => {
    // The textbook example number 11010519491231002X: female (sequence 002), born 1949-12-31.
    expect(parseIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      info: { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', regionCode: '110105' }
    })
  })

  it('accepts a lower-case x and spaces, normalised', () => {
    expect(parseIdNumber('110105 19491231 002x', TODAY)).toMatchObject({ ok: true, info: { number: '11010519491231002X' } })
  })

  it.each([
    ['11010519491231002', 'ID_FORMAT'],
    ['1101051949123100XX', 'ID_FORMAT'],
    ['99010519491231002X', 'ID_REGION_INVALID'],
    [idFor('110105', '1990-02-30'), 'ID_BIRTHDATE_INVALID'],
    [idFor('110105', '2030-01-01'), 'ID_BIRTHDATE_INVALID'],
    [idFor('110105', '1850-01-01'), 'ID_BIRTHDATE_INVALID'],
    ['110105194912310021', 'ID_CHECKSUM_INVALID']
  ])('rejects %s with %s', (n, problem) => {
    expect(parseIdNumber(n, TODAY)).toEqual({ ok: false, problem })
  })

  it('computes age in whole years on a given day', () => {
    expect(ageOn('2008-11-24', TODAY)).toBe(17)
    expect(ageOn('2008-11-23', TODAY)).toBe(18)
    expect(ageOn('2012-11-23', TODAY)).toBe(14)
  })

  it('bands ages for registration', () => {
    expect([ageBand(13), ageBand(14), ageBand(17), ageBand(18)]).toEqual(['too_young', 'minor_with_guardian', 'minor_with_guardian', 'adult'])
  })

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
  })
})
