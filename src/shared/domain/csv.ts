// CSV files for the national volunteer service information system (全国志愿服务信息系统) and for Excel, built as
// text (pure: the server turns it into UTF-8 bytes). Rules:
// - RFC 4180: fields separated by commas, records ended by CRLF (the last one too); a field holding a comma, a
//   double quote, CR or LF is enclosed in double quotes with inner quotes doubled;
// - a UTF-8 byte order mark first, so Excel on Windows reads the Chinese headers as UTF-8 instead of GBK;
// - CSV injection (OWASP): a text cell beginning with = + - @ TAB or CR would be run as a formula by Excel or WPS,
//   so it gets a leading apostrophe and is shown as plain text. Numbers are written by us and never defused
//   (a negative number stays a number). Invariant: no text cell of the output starts with one of those characters.

export type CsvCell = string | number | null | undefined

export const UTF8_BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** One field as written to the file: defused, then quoted if needed. null/undefined are empty fields. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`csv: not a finite number: ${value}`)
    return String(value)
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record with its CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`
}

/** The whole file: BOM, the header record, one record per row. Each row must have as many cells as the header. */
export function buildCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const parts = [UTF8_BOM, csvLine(headers)]
  for (const [i, row] of rows.entries()) {
    if (row.length !== headers.length) throw new Error(`csv: row ${i + 1} has ${row.length} cells, the header ${headers.length}`)
    parts.push(csvLine(row))
  }
  return parts.join('')
}

/** Hours with two decimals from integer minutes (90 → "1.50"): the 服务时长（小时） column. */
export function hoursOf(minutes: number): string {
  if (!Number.isInteger(minutes)) throw new Error(`csv: minutes must be an integer: ${minutes}`)
  // Integer arithmetic: minutes × 100 / 60 rounded half up, so 1 minute is 0.02 and no float drift shows.
  const sign = minutes < 0 ? '-' : ''
  const hundredths = Math.round((Math.abs(minutes) * 100) / 60)
  return `${sign}${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`
}

/**
 * Parses CSV text made by buildCsv (or any RFC 4180 text) back into rows: what tests and a re-import check use.
 * A leading BOM is skipped; apostrophes added against injection are kept (they are part of the cell).
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
      // CRLF, or a bare LF (files saved on macOS/Linux or by WPS): both end a record.
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (c === '\r') i++
    } else field += c
  }
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
