// The RATE_LIMITED message names the retry time in China time, with the date only when that time falls on another
// China day than now (a refusal at 23:20 whose window ends at midnight says tomorrow's date).
import { rateLimitedMessage } from '../../src/shared/domain/rateLimits'

it('says the time alone when the retry is later the same China day', () => {
  expect(rateLimitedMessage(new Date('2027-03-15T11:00:00+08:00'), new Date('2027-03-15T10:20:00+08:00'))).toBe('操作过于频繁，请于 11:00 后再试')
})

it('adds the date when the retry falls on the next China day, also across a leap day and a year end', () => {
  expect(rateLimitedMessage(new Date('2028-02-29T00:00:00+08:00'), new Date('2028-02-28T23:20:00+08:00'))).toBe('操作过于频繁，请于 2月29日 00:00 后再试')
  expect(rateLimitedMessage(new Date('2028-01-01T00:00:00+08:00'), new Date('2027-12-31T23:50:00+08:00'))).toBe('操作过于频繁，请于 1月1日 00:00 后再试')
})

it('judges the day in China time, not UTC: 07:30 China is the previous UTC day, 08:30 is not', () => {
  expect(rateLimitedMessage(new Date('2027-03-15T08:30:00+08:00'), new Date('2027-03-15T07:30:00+08:00'))).toBe('操作过于频繁，请于 08:30 后再试')
})
