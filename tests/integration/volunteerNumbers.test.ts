// 50 concurrent approvals in one community: 50 distinct, consecutive volunteer numbers (no gaps, no repeats),
// although every approval transaction contends for the same counter document.
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller } from '../fixtures/api'
import { aCommunity, aUser, registration } from '../fixtures/people'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()

it('issues 50 distinct consecutive numbers under 50 concurrent approvals', async () => {
  await aCommunity(tc.db, 'c1', 'WC01')
  await aUser(tc.db, 'coord', 'c1', ['resident', 'coordinator'])
  const ids: string[] = []
  for (let i = 0; i < 50; i++) {
    await aUser(tc.db, `applicant-${i}`, 'c1')
    const r = await call(`applicant-${i}`, 'volunteers.register', registration())
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    ids.push(r.data.id)
  }
  const started = Date.now()
  const replies = await Promise.all(ids.map((volunteerId) => call('coord', 'volunteers.review', { volunteerId, decision: 'approve' })))
  const failures = replies.filter((r) => !r.ok)
  expect(failures).toEqual([])
  const numbers = replies.map((r) => (r.ok ? (r.data.volunteerNo as string) : '')).sort()
  expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => `WC01-${String(i + 1).padStart(5, '0')}`))
  expect(tc.store.get('counters', 'volunteerNo:c1')!.doc.seq).toBe(50)
  const stored = [...tc.store.all('volunteers').values()].map((r) => r.doc.volunteerNo).sort()
  expect(stored).toEqual(numbers)
  const roundTrips = replies.reduce((n, r) => n + r.counters.roundTrips, 0)
  console.info(`50 concurrent approvals: ${Date.now() - started} ms, ${roundTrips} database round trips in all (retries after conflicts included)`)
})
