// The join 小程序码's scene → community code rule (domain/communityAdmin.ts), as the join page applies it.
import { COMMUNITY_CODE_PATTERN, JOIN_PAGE, joinCodeFromScene } from '../../src/shared/domain/communityAdmin'

describe('joinCodeFromScene', () => {
  it.each([
    ['HZJB01', 'HZJB01'],
    ['hzjb01', 'HZJB01'],
    [encodeURIComponent(' hzjb01 '), 'HZJB01'],
    [encodeURIComponent(encodeURIComponent(' AB12')), null], // decoded once, as WeChat encodes once
    ['ABC', null],
    ['ABCDEFGHI', null],
    ['a=1&b=2', null],
    ['%E0%A4%A', null], // malformed escape
    ['', null]
  ])('%j → %j', (scene, code) => {
    expect(joinCodeFromScene(scene)).toBe(code)
  })

  it('ignores what is not a string (a page opened without a scene)', () => {
    expect(joinCodeFromScene(undefined)).toBeNull()
    expect(joinCodeFromScene(42)).toBeNull()
  })

  it('codes fit getUnlimited’s 32-character scene and the page is a path WeChat takes (no leading /, no query)', () => {
    expect(COMMUNITY_CODE_PATTERN.test('A'.repeat(8))).toBe(true)
    expect(COMMUNITY_CODE_PATTERN.test('A'.repeat(9))).toBe(false)
    expect(JOIN_PAGE).toMatch(/^[a-z]+(\/[a-z-]+)+$/)
  })
})
