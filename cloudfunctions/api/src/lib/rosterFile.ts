// A roster file the coordinator uploaded, as a table of text cells: CSV (UTF-8 with or without BOM, or GB18030 as
// Excel on Chinese Windows saves it) or XLSX (the first worksheet). Only files in the caller's own upload folder
// `rosters/<upload key>/` are read, so nobody can import a file someone else uploaded. XLSX is read with fflate
// (unzip) and a small reader of the two parts a sheet needs (sharedStrings, the sheet): no formulas are evaluated,
// a cell is its stored text or number. Limits against zip bombs: 5 MB uploaded, 60 MB unpacked per part.
import { createHash } from 'crypto'
import { unzipSync, strFromU8 } from 'fflate'
import { parseCsv } from '../../../../src/shared/domain/csv'
import { AppError } from '../../../../src/shared/errors'
import { cloud } from './cloud'
import { uploadKeyOf } from './mediaCheck'

export const ROSTER_MAX_BYTES = 5 * 1024 * 1024
const MAX_PART = 60 * 1024 * 1024
const FILE_ID = /^cloud:\/\/([^/]+)\/rosters\/([0-9a-f]{16})\/([A-Za-z0-9_-][A-Za-z0-9._-]{0,79})$/

export function rosterFolder(openid: string): string {
  return `rosters/${uploadKeyOf(openid)}`
}

/** The file's bytes, refused unless it sits in the caller's own roster folder of this environment. */
export async function downloadRoster(openid: string, fileId: string): Promise<Buffer> {
  const env = cloud.getWXContext().ENV
  const m = FILE_ID.exec(fileId)
  if (!m || !env || !m[1].startsWith(`${env}.`) || m[2] !== uploadKeyOf(openid) || m[3].includes('..'))
    throw new AppError('BAD_INPUT', { fileId: '请重新选择名册文件上传' })
  let body: Buffer
  try {
    body = (await cloud.downloadFile({ fileID: fileId })).fileContent as Buffer
  } catch {
    throw new AppError('NOT_FOUND', { fileId: '名册文件不存在，请重新上传' })
  }
  if (body.length > ROSTER_MAX_BYTES) throw new AppError('BAD_INPUT', { fileId: '名册文件不能超过5MB，请拆分后导入' })
  return body
}

/** sha256 of the bytes: the same file imported twice is recognised by it. */
export const fileHash = (body: Buffer) => createHash('sha256').update(body).digest('hex')

export function readTable(body: Buffer): string[][] {
  if (body[0] === 0x50 && body[1] === 0x4b) return readXlsx(body)
  return parseCsv(decodeText(body))
}

function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('gb18030').decode(body) // Excel's「CSV（逗号分隔）」on Chinese Windows
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()]
  )
/** The text of every <t> inside a fragment (rich-text runs joined). */
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1])).join('')

function readXlsx(body: Buffer): string[][] {
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(body, {
      filter: (f) => f.originalSize <= MAX_PART && /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(f.name)
    })
  } catch {
    throw new AppError('BAD_INPUT', { fileId: '无法读取该Excel文件，请另存为.xlsx或CSV后重试' })
  }
  const part = (name: string) => (parts[name] ? strFromU8(parts[name]) : '')
  const firstSheetRel = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(part('xl/workbook.xml'))?.[1]
  const target = [...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => r.includes(`Id="${firstSheetRel}"`))
    ?.match(/Target="([^"]+)"/)?.[1]
  const sheet = part(target ? `xl/${target.replace(/^\/?xl\//, '')}` : 'xl/worksheets/sheet1.xml')
  if (!sheet) throw new AppError('BAD_INPUT', { fileId: 'Excel文件中没有工作表' })
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]))
  const rows: string[][] = []
  for (const r of sheet.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const rowNo = Number(/\br="(\d+)"/.exec(r[1])?.[1] ?? rows.length + 1)
    const cells: string[] = []
    for (const c of r[2].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(c[1])?.[1]
      const col = ref ? [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : cells.length
      const type = /\bt="([^"]+)"/.exec(c[1])?.[1]
      const inner = c[2] ?? ''
      const v = unescapeXml(/<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? '')
      cells[col] = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(inner) : v
    }
    while (rows.length < rowNo - 1) rows.push([]) // keep spreadsheet row numbers: empty rows stay empty
    rows.push(Array.from(cells, (x) => x ?? ''))
  }
  return rows
}
