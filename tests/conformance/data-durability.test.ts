// Data fidelity and durability: every JSON/BSON type a mini-program stores (Date, nested arrays and objects,
// booleans, null, numbers, Chinese text, emoji) comes back exactly as written, through the SDK; and what an
// acknowledged write stored is still there when the store is reopened from the same data folder.
import { Store } from '../../localcloud/src/store/Store'
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const notes = () => db.collection('notes')

const rich = {
  _id: 'rich',
  title: '社区团购 🍉 周末送达',
  emoji: '👨‍👩‍👧‍👦🎉✅',
  active: true,
  archived: false,
  deletedAt: null,
  at: new Date('2026-03-04T05:06:07.089Z'),
  counts: { int: 42, negative: -7, zero: 0, float: 0.1 + 0.2, big: Number.MAX_SAFE_INTEGER },
  matrix: [[1, 2], [3, [4, 5]], []],
  history: [{ at: new Date('2026-01-01T00:00:00.000Z'), by: '王阿姨', tags: ['买菜', '🥬'] }],
  empty: {},
  nested: { deep: { deeper: { value: '底层' } } }
}

beforeAll(async () => {
  await db.createCollection('notes')
  await notes().add({ data: rich })
})

describe('round trip through the SDK', () => {
  it('a document with Date, nested arrays, booleans, null, Chinese text and emoji reads back exactly', async () => {
    const doc = (await notes().doc('rich').get()).data
    expect(doc).toEqual(rich)
    expect(doc.at).toBeInstanceOf(Date)
    expect(doc.history[0].at).toBeInstanceOf(Date)
    expect(doc.counts.big).toBe(9007199254740991)
    expect(Object.keys(doc).sort()).toEqual(Object.keys(rich).sort())
  })

  it('where().get() returns the same values as doc().get()', async () => {
    const [viaWhere] = (await notes().where({ _id: 'rich' }).get()).data
    expect(viaWhere).toEqual(rich)
  })

  it('Chinese text and emoji are matched exactly in queries', async () => {
    expect(idsOf(await notes().where({ title: '社区团购 🍉 周末送达' }).get())).toEqual(['rich'])
    expect(idsOf(await notes().where({ 'history.by': '王阿姨' }).get())).toEqual(['rich'])
    expect(idsOf(await notes().where({ 'history.tags': '🥬' }).get())).toEqual(['rich'])
    expect(idsOf(await notes().where({ title: /团购/ }).get())).toEqual(['rich'])
    expect(idsOf(await notes().where({ title: '社区团购' }).get())).toEqual([])
  })

  it('null matches null and missing (MongoDB), while false and 0 are not null', async () => {
    await notes().add({ data: { _id: 'plain' } })
    expect(idsOf(await notes().where({ deletedAt: null }).get())).toEqual(['plain', 'rich'])
    expect(
      idsOf(
        await notes()
          .where({ deletedAt: _.exists(true) })
          .get()
      )
    ).toEqual(['rich'])
    expect(idsOf(await notes().where({ archived: null }).get())).toEqual(['plain'])
    expect(idsOf(await notes().where({ 'counts.zero': 0, archived: false }).get())).toEqual(['rich'])
    await notes().doc('plain').remove()
  })
})

describe('durability across a reopen', () => {
  it('documents written through the SDK are there after reopening the store from the same file', async () => {
    await notes().add({ data: { _id: 'later', text: '第二条', when: new Date('2026-05-05T00:00:00Z') } })
    const reopened = new Store(tc.store.file)
    try {
      expect(reopened.listCollections()).toContain('notes')
      expect(reopened.get('notes', 'rich')!.doc).toEqual(rich)
      expect(reopened.get('notes', 'later')!.doc.when).toEqual(new Date('2026-05-05T00:00:00Z'))
    } finally {
      reopened.close()
    }
  })

  it('updates and removals are durable too', async () => {
    await notes().add({ data: { _id: 'to-update', v: 1, list: ['a'] } })
    await notes().add({ data: { _id: 'to-remove', v: 1 } })
    await notes()
      .doc('to-update')
      .update({ data: { v: _.inc(1), list: _.push('b'), extra: { 中文键: '值' } } })
    await notes().doc('to-remove').remove()
    const reopened = new Store(tc.store.file)
    try {
      expect(reopened.get('notes', 'to-update')!.doc).toEqual({ _id: 'to-update', v: 2, list: ['a', 'b'], extra: { 中文键: '值' } })
      expect(reopened.get('notes', 'to-remove')).toBeUndefined()
    } finally {
      reopened.close()
    }
  })

  it('indexes survive a reopen: a unique index is still enforced', async () => {
    await db.createCollection('members')
    tc.store.createIndex('members', { name: 'phone_unique', fields: [{ field: 'phone', order: 1 }], unique: true })
    await db.collection('members').add({ data: { _id: 'm1', phone: '13800138000' } })
    const reopened = new Store(tc.store.file)
    try {
      expect(reopened.indexes('members').map((i) => i.name)).toContain('phone_unique')
      expect(() => reopened.commit([{ coll: 'members', id: 'm2', doc: { _id: 'm2', phone: '13800138000' } }])).toThrow(/duplicate key/i)
    } finally {
      reopened.close()
    }
  })
})
