// Roster files for browser tests: people with valid ID numbers (check digit per GB 11643) in the national roster
// columns (src/shared/domain/roster.ts), as a coordinator's Excel export would save them (UTF-8 with BOM, CRLF).
import assert from 'node:assert/strict'

export const HEADER = '姓名,证件类型,证件号码,手机号,性别,出生日期,政治面貌,服务技能/特长,注册时间,原志愿者编号,补录服务时长（小时）,补录服务日期,补录来源'
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
export const checkDigit = (s) => '10X98765432'[[...s].reduce((n, c, i) => n + Number(c) * W[i], 0) % 11]
const NAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许'

/**
 * `count` adults with valid ID numbers, every tenth with 补录 hours. `region` (6 digits) keeps files of one test
 * apart; by default a run-unique one, so reruns never collide. `phonePrefix` likewise for phones.
 */
export function people(count = 50, { region = `4403${String(10 + (Date.now() % 80)).padStart(2, '0')}`, phonePrefix = '136', given = '志' } = {}) {
  return Array.from({ length: count }, (_, i) => {
    const birth = `19${60 + (i % 35)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`
    const first17 = `${region}${birth}${String(500 + i).padStart(3, '0')}`
    const id = first17 + checkDigit(first17)
    const name = NAMES[i % NAMES.length] + given + '一二三四五六七八九十'[Math.floor(i / 20) % 10]
    const hours = i % 10 === 0 ? ['3.5', '2025-03-01', '纸质台账'] : ['', '', '']
    return [
      name,
      '居民身份证',
      id,
      `${phonePrefix}${String(20000000 + i).padStart(8, '0')}`,
      Number(id[16]) % 2 ? '男' : '女',
      `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      '群众',
      '',
      '2024-01-01',
      '',
      ...hours
    ]
  })
}

export const csv = (rows) => '\uFEFF' + [HEADER, ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n'

/** The same people with three bad rows: row 5 a wrong check digit, row 12 a birth date that disagrees, row 32 row 2 again. */
export function withThreeBadRows(good) {
  const bad = good.map((r) => [...r])
  bad[3][2] = bad[3][2].slice(0, 17) + (bad[3][2][17] === '1' ? '2' : '1')
  bad[10][5] = '1950-01-01'
  bad[30] = [...good[0]]
  return bad
}

/** On 名册导入: chooses `text` as the roster file (through the page's file chooser) and returns the dry run's reply. */
export async function chooseRoster(app, page, text, name) {
  const chooser = page.waitForEvent('filechooser')
  const reply = app.nextReply('volunteers.importRoster')
  await app.current().locator('.cv-form .cv-submit').first().tap()
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })
  const body = await reply
  assert.equal(body.ok, true, JSON.stringify(body.error))
  return body.data
}
