// Counts the type-system escapes in production code (src, cloudfunctions/*/src, localcloud/src): `any` keywords and
// `as` casts (`as const` excluded, it narrows rather than escapes). Prints a line per folder and the totals, so a
// change's before/after is one command: `node scripts/typeEscapes.mjs`.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const ROOTS = ['src', 'cloudfunctions/api/src', 'cloudfunctions/cron/src', 'cloudfunctions/settle/src', 'localcloud/src']

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return files(p)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : []
  })
}

function count(path) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  let anys = 0
  let casts = 0
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) anys++
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !(ts.isTypeReferenceNode(node.type) && node.type.getText(source) === 'const'))
      casts++
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { anys, casts }
}

let total = { anys: 0, casts: 0 }
for (const root of ROOTS) {
  const sum = files(root)
    .map(count)
    .reduce((a, b) => ({ anys: a.anys + b.anys, casts: a.casts + b.casts }), { anys: 0, casts: 0 })
  console.log(`${root.padEnd(28)} any ${String(sum.anys).padStart(4)}   as ${String(sum.casts).padStart(4)}`)
  total = { anys: total.anys + sum.anys, casts: total.casts + sum.casts }
}
console.log(`${'total'.padEnd(28)} any ${String(total.anys).padStart(4)}   as ${String(total.casts).padStart(4)}`)
