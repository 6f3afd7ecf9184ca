// 我的数据 (me.export) on the local cloud: two people active in every collection that can hold a person's data
// (tests/fixtures/myDataWorld.ts). The export of one must hold every stored document the policy table says is
// theirs — found by scanning the RAW store with the table's `owns` — and nothing of the other's: no id, name,
// phone, ID number or address of theirs. ID numbers appear only masked; the cipher never.
import { MANIFEST } from '../../src/shared/db/manifest'
import { EXPORTED_COLLECTIONS, MY_DATA_POLICY } from '../../src/shared/domain/myData'
import { startTestCloud } from '../fixtures/localCloud'
import { apiCaller, expectOk as must, present } from '../fixtures/api'
import { personalStrings, rawStore, seedMyDataWorld, type Person } from '../fixtures/myDataWorld'

const tc = startTestCloud({ manifest: true })
const call = apiCaller()
let people: Record<'alice' | 'bob', Person>

beforeAll(async () => {
  people = await seedMyDataWorld(tc, call)
}, 180000)

it('decides, in one table, for every collection of the manifest (and only those), whether it holds a person’s data', () => {
  const { MY_DATA_READERS } = require('../../cloudfunctions/api/src/repos/myData')
  const { EXPORT_SPECS } = require('../../cloudfunctions/api/src/actions/me/exportView')
  expect(Object.keys(MY_DATA_POLICY).sort()).toEqual(MANIFEST.map((c) => c.name).sort())
  expect(Object.keys(MY_DATA_READERS).sort()).toEqual([...EXPORTED_COLLECTIONS].sort())
  expect(Object.keys(EXPORT_SPECS).sort()).toEqual([...EXPORTED_COLLECTIONS].sort())
  for (const c of EXPORTED_COLLECTIONS) expect({ c, owns: typeof MY_DATA_POLICY[c].owns }).toEqual({ c, owns: 'function' })
})

it('exports every document of the caller, in every collection, and nothing of anyone else', async () => {
  must(await call('alice', 'me.export', { requestId: 'mydata-first' })) // an earlier export: its audit entry is theirs too
  const raw = rawStore(tc)
  const r = must(await call('alice', 'me.export', { requestId: 'mydata-second' }))
  const text = (await tc.cloud.downloadFile({ fileID: r.file.fileId })).fileContent.toString('utf8')
  const file = JSON.parse(text)
  const alice = people.alice
  for (const coll of EXPORTED_COLLECTIONS) {
    const owned = [...(raw.get(coll) ?? new Map<string, string>())]
      .filter(([id, doc]) => MY_DATA_POLICY[coll].owns!({ _id: id, ...JSON.parse(doc) }, 'alice'))
      .map(([id]) => id)
      .sort()
    const exported = (file.collections[coll] as Array<{ id: string }>).map((d) => d.id).sort()
    expect({ coll, exported }).toEqual({ coll, exported: owned })
    // The world makes alice active everywhere (a deletion request she has not made is the one exception).
    if (coll !== 'account_deletions') expect({ coll, some: owned.length > 0 }).toEqual({ coll, some: true })
    const section = present(r.sections.find((s) => s.key === coll))
    expect({ coll, count: section.count }).toEqual({ coll, count: owned.length })
  }
  // Her own values are there — the ID number only masked.
  const volunteer = JSON.parse(raw.get('volunteers')!.get(alice.volunteerId)!)
  for (const s of [alice.realName, alice.userPhone, alice.address.detail, alice.kinName, volunteer.idMasked])
    expect({ s, found: text.includes(s) }).toEqual({ s, found: true })
  expect(text).not.toContain(alice.idNumber)
  expect(text).not.toContain(volunteer.idCipher)
  expect(text).not.toContain(volunteer.idHash)
  // Nothing of bob's: not his openid, nor his family member's, nor any of his values.
  const bobVolunteer = JSON.parse(raw.get('volunteers')!.get(people.bob.volunteerId)!)
  for (const s of ['bob', ...personalStrings(people.bob, bobVolunteer.idCipher), bobVolunteer.idMasked, people.bob.volunteerNo])
    expect({ s, found: text.includes(s) }).toEqual({ s, found: false })
  expect(JSON.stringify(r.sections)).not.toContain('bob')
  // Nor anyone else's identifiers: the volunteer who served her, the coordinator, her kin.
  for (const other of ['helper', 'coord', 'kin-alice', 'neighbour']) expect({ other, found: text.includes(`"${other}"`) }).toEqual({ other, found: false })
})

it('gives a readable summary: sections with counts and key fields, and a download link', async () => {
  const r = must(await call('bob', 'me.export', { requestId: 'mydata-bob' }))
  expect(r.file.fileName).toMatch(/^我的数据_\d{4}-\d{2}-\d{2}\.json$/)
  expect(r.file.url).toMatch(/^https?:\/\//)
  const titles = r.sections.map((s: { title: string }) => s.title)
  expect(titles).toEqual(expect.arrayContaining(['个人资料', '志愿者注册', '地址簿', '订单', '时间银行明细', '服务记录', '记录证明', '隐私指引同意记录']))
  const registration = present(r.sections.find((s) => s.key === 'volunteers')).items[0]
  expect(registration.title).toBe(people.bob.realName)
  expect(registration.lines.join(' ')).toMatch(/证件号码：\d{4}\*+/)
  expect(JSON.stringify(r)).not.toContain(people.bob.idNumber)
  // A retry of the same request writes the same file (no second copy, one audit entry).
  const again = must(await call('bob', 'me.export', { requestId: 'mydata-bob' }))
  expect(again.file.fileId).toBe(r.file.fileId)
})
