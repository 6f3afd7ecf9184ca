// Status groups are named once, in src/shared/domain/order/status.ts (issue 14): no production file retypes a list
// of order statuses. A list is any array literal of two or more quoted words that are all order statuses (a single
// word is ambiguous: 'pending' is also a volunteer's and a deletion's status). Tests may state expectations as lists.
import fs from 'fs'
import path from 'path'
import { ORDER_STATUSES } from '../../src/shared/domain/order'

const ROOT = path.join(__dirname, '../..')
const DIRS = ['src', 'cloudfunctions/api/src', 'cloudfunctions/cron/src', 'cloudfunctions/settle/src', 'localcloud/src', 'scripts']
const HOME = path.join('src', 'shared', 'domain', 'order')
const ARRAY = /\[\s*(['"][a-z_]+['"]\s*,\s*)+['"][a-z_]+['"]\s*,?\s*\]/g

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name)
    if (e.isDirectory()) yield* files(rel)
    else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && !rel.startsWith(HOME)) yield rel
  }
}

it('finds no literal list of order statuses outside src/shared/domain/order', () => {
  const found: string[] = []
  for (const dir of DIRS)
    for (const f of files(dir)) {
      for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(ARRAY)) {
        const words = [...m[0].matchAll(/['"]([a-z_]+)['"]/g)].map((w) => w[1])
        if (words.every((w) => (ORDER_STATUSES as readonly string[]).includes(w))) found.push(`${f}: ${m[0]}`)
      }
    }
  expect(found).toEqual([])
})
