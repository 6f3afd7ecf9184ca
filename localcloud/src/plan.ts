// Formats the database manifest as a deploy plan for CloudBase (console: 云开发 → 数据库), since indexes and
// security rules are set per environment, not by code.
import type { CollectionDecl } from '../../src/shared/db/manifest'

export function formatPlan(manifest: CollectionDecl[]): string {
  const lines = ['# 数据库部署计划 / CloudBase database plan', '']
  manifest.forEach((c, i) => {
    lines.push(`${i + 1}. 集合 collection \`${c.name}\` — ${c.purpose}`)
    lines.push(`   安全规则 security rule (自定义): ${JSON.stringify(c.rule)}`)
    for (const ix of c.indexes) {
      const fields = ix.fields.map((f) => `${f.field} ${f.order === '2dsphere' ? '地理位置 2dsphere' : f.order === 1 ? '升序 asc' : '降序 desc'}`).join(', ')
      lines.push(`   索引 index \`${ix.name}\`${ix.unique ? ' 唯一 unique' : ''}: ${fields}`)
    }
    lines.push('')
  })
  lines.push(`共 ${manifest.length} 个集合，${manifest.reduce((n, c) => n + c.indexes.length, 0)} 个索引。`)
  return lines.join('\n')
}
