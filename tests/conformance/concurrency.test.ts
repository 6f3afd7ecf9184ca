// Concurrency guarantees CloudBase (MongoDB) gives single-document writes: a conditional update matches and
// modifies atomically, so of many racers only those whose condition still holds succeed; $inc never loses
// an increment; an _id can be inserted only once.
import { startTestCloud } from '../fixtures/localCloud'

const tc = startTestCloud()
const db = tc.db
const _ = db.command

beforeAll(async () => {
  await db.createCollection('tasks')
  await db.createCollection('events')
})

it('10 concurrent conditional claims of one open task: exactly one updates', async () => {
  await db.collection('tasks').add({ data: { _id: 't1', status: 'open' } })
  const results = await Promise.all(
    Array.from({ length: 10 }, (_x, i) =>
      db
        .collection('tasks')
        .where({ _id: 't1', status: 'open' })
        .update({ data: { status: 'taken', by: `helper${i}` } })
    )
  )
  const updated = results.map((r: any) => r.stats.updated)
  expect(updated.reduce((a: number, b: number) => a + b, 0)).toBe(1)
  const winner = updated.indexOf(1)
  expect((await db.collection('tasks').doc('t1').get()).data).toEqual({ _id: 't1', status: 'taken', by: `helper${winner}` })
})

it('20 concurrent sign-ups for 5 places through one guarded $inc: exactly 5 succeed', async () => {
  await db.collection('events').add({ data: { _id: 'e1', count: 0, capacity: 5 } })
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      db
        .collection('events')
        .where({ _id: 'e1', count: _.lt(5) })
        .update({ data: { count: _.inc(1) } })
    )
  )
  expect(results.filter((r: any) => r.stats.updated === 1)).toHaveLength(5)
  expect(results.filter((r: any) => r.stats.updated === 0)).toHaveLength(15)
  expect((await db.collection('events').doc('e1').get()).data.count).toBe(5)
})

it('50 concurrent increments lose none', async () => {
  await db.collection('events').add({ data: { _id: 'views', n: 0 } })
  await Promise.all(
    Array.from({ length: 50 }, () =>
      db
        .collection('events')
        .doc('views')
        .update({ data: { n: _.inc(1) } })
    )
  )
  expect((await db.collection('events').doc('views').get()).data.n).toBe(50)
})

it('concurrent add() of the same _id: exactly one succeeds', async () => {
  const results = await Promise.allSettled(Array.from({ length: 8 }, (_x, i) => db.collection('tasks').add({ data: { _id: 'only-once', writer: i } })))
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  expect((await db.collection('tasks').where({ _id: 'only-once' }).count()).total).toBe(1)
})

it('concurrent claims spread over several tasks give each task to exactly one helper', async () => {
  for (let i = 0; i < 5; i++) await db.collection('tasks').add({ data: { _id: `pool${i}`, status: 'open', pool: true } })
  // Each of 15 helpers claims "any open task": read one, then claim it conditionally (the usual pattern).
  const claim = async (helper: number): Promise<string | null> => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const open = (await db.collection('tasks').where({ pool: true, status: 'open' }).limit(1).get()).data[0]
      if (!open) return null
      const r = await db
        .collection('tasks')
        .where({ _id: open._id, status: 'open' })
        .update({ data: { status: 'taken', by: helper } })
      if (r.stats.updated === 1) return open._id
    }
    return null
  }
  const won = (await Promise.all(Array.from({ length: 15 }, (_x, h) => claim(h)))).filter((x): x is string => x !== null)
  expect(won.sort()).toEqual(['pool0', 'pool1', 'pool2', 'pool3', 'pool4'])
  const takers = (await db.collection('tasks').where({ pool: true }).get()).data.map((d: any) => d.by)
  expect(new Set(takers).size).toBe(5)
})
