import { buildCsv, csvField, csvLine, hoursOf, parseCsv, UTF8_BOM } from '../../src/shared/domain/csv'

describe('CSV fields (RFC 4180)', () => {
  it('writes plain text and numbers as they are, null and undefined as empty fields', () => {
    expect([csvField('王小明'), csvField(12), csvField(1.5), csvField(null), csvField(undefined), csvField('')]).toEqual(['王小明', '12', '1.5', '', '', ''])
  })

  it('quotes a field holding a comma, a quote, CR or LF, doubling inner quotes', () => {
    expect(csvField('文昌路1号,3栋')).toBe('"文昌路1号,3栋"')
    expect(csvField('他说"很好"')).toBe('"他说""很好"""')
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvField('a\r\nb')).toBe('"a\r\nb"')
  })

  it('ends every record with CRLF', () => {
    expect(csvLine(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n')
  })

  it('refuses a number that is not finite (it would print NaN into the file)', () => {
    expect(() => csvField(Number.NaN)).toThrow(/finite/)
  })
})

describe('CSV injection defence', () => {
  it.each(['=1+1', '+86 138', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","点我")'])('gives %j a leading apostrophe', (cell) => {
    const out = parseCsv(buildCsv(['备注'], [[cell]]))[1][0]
    expect(out).toBe(`'${cell}`)
  })

  it('leaves cells that merely contain those characters, and numbers, alone', () => {
    expect([csvField('a=b'), csvField('1-2'), csvField('邮箱 a@b.cn'), csvField(-3)]).toEqual(['a=b', '1-2', '邮箱 a@b.cn', '-3'])
  })

  it('quotes a defused cell that also needs quoting', () => {
    expect(csvField('=a,b')).toBe(`"'=a,b"`)
    expect(csvField('\rx')).toBe(`"'\rx"`)
  })
})

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM, then the header, then one CRLF record per row', () => {
    const text = buildCsv(
      ['姓名', '服务时长（小时）'],
      [
        ['王小明', '1.50'],
        ['李四', '0.25']
      ]
    )
    expect(text).toBe(`${UTF8_BOM}姓名,服务时长（小时）\r\n王小明,1.50\r\n李四,0.25\r\n`)
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('round-trips awkward Chinese text through parseCsv', () => {
    const rows = [
      ['张三', '陪同就医，挂号"专家号"', '文昌路\r\n8号'],
      ['', '', '']
    ]
    expect(parseCsv(buildCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows])
  })

  it('refuses a row whose width differs from the header (columns would shift under the wrong heading)', () => {
    expect(() => buildCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells/)
  })

  it('is only the BOM and the header for no rows', () => {
    expect(parseCsv(buildCsv(['a'], []))).toEqual([['a']])
  })
})

describe('hoursOf', () => {
  it.each([
    [0, '0.00'],
    [1, '0.02'],
    [15, '0.25'],
    [20, '0.33'],
    [40, '0.67'],
    [60, '1.00'],
    [90, '1.50'],
    [125, '2.08'],
    [6000, '100.00'],
    [90000, '1500.00']
  ])('%i minutes is %s hours', (minutes, hours) => {
    expect(hoursOf(minutes)).toBe(hours)
  })

  it('refuses minutes that are not whole (minutes are stored as integers)', () => {
    expect(() => hoursOf(1.5)).toThrow(/integer/)
  })
})
