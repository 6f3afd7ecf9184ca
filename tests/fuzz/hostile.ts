// Hostile inputs for one action, made from its zod contract and a VALID base input (tests/fuzz/world.ts):
// - hand-written: the whole input replaced (null, a string, an array…), injected keys ($where, __proto__,
//   constructor, _id, _openid, communityId), and every field of the contract (top level and one object level
//   down) removed or replaced by each value of HOSTILE_VALUES (wrong types, 1 MB strings, emoji and RTL text,
//   operator objects where strings belong, negative and fractional numbers, dates in 1900 and 2100…);
// - generated (fast-check, fixed seed): every field independently kept, replaced by a hostile value, or drawn from
//   an arbitrary built from the field's zod schema (unicode strings, doubles, arrays, objects).
// Every input is JSON text parsed back, as the WeChat client's payload reaches the cloud function (so `__proto__`
// is an own key, never the prototype).
import fc from 'fast-check'
import { CORE, HOSTILE_VALUES } from './hostileValues'

export { HOSTILE_VALUES }

export type Case = { label: string; json: string; kind: 'hostile' | 'generated' | 'foreign'; core?: boolean }

const defOf = (s: any) => s?._zod?.def ?? s?.def
/** The object schema under refinements, pipes, optional/default/nullable wrappers (null if not an object). */
export function objectShape(schema: any): Record<string, any> | null {
  let s = schema
  for (let i = 0; i < 10 && s; i++) {
    const d = defOf(s)
    if (!d) return null
    if (d.type === 'object') return d.shape
    s = d.innerType ?? d.in ?? null
  }
  return null
}

/** Hand-written cases: the whole input, injected keys, each field removed or set to each hostile value. */
export function handWritten(schema: any, base: Record<string, unknown>): Case[] {
  const cases: Case[] = []
  const add = (label: string, value: unknown) => cases.push({ label, json: JSON.stringify(value), kind: 'hostile', core: true })
  const addJson = (label: string, json: string, core = true) => cases.push({ label, json, kind: 'hostile', core })
  for (const whole of ['null', '"a string"', '42', '[]', 'true', '{}', '[{"$gt":""}]']) addJson(`input = ${whole}`, whole)
  addJson('input nested 5000 deep', '{"a":'.repeat(5000) + '1' + '}'.repeat(5000))
  const baseJson = JSON.stringify(base).slice(1, -1)
  const withKey = (key: string, valueJson: string) => `{${baseJson}${baseJson ? ',' : ''}${JSON.stringify(key)}:${valueJson}}`
  for (const [key, value] of [
    ['$where', '"sleep(1000)"'],
    ['__proto__', '{"polluted":"yes","roles":["admin"]}'],
    ['constructor', '{"prototype":{"polluted":"yes"}}'],
    ['prototype', '{"polluted":"yes"}'],
    ['_id', '"forged-id"'],
    ['_openid', '"resident-B"'],
    ['openid', '"admin-A"'],
    ['communityId', '"cB"'],
    ['streetId', '"forged-street"'],
    ['roles', '["admin"]'],
    ['status', '"completed"'],
    ['$set', '{"roles":["admin"]}']
  ]) {
    if (objectShape(schema)?.[key] === undefined) addJson(`extra key ${key}`, withKey(key, value))
  }
  const shape = objectShape(schema) ?? {}
  for (const field of Object.keys(shape)) {
    const { [field]: _dropped, ...rest } = base
    add(`${field}: missing`, rest)
    for (const h of HOSTILE_VALUES) addJson(`${field}: ${h.label}`, setJson(base, [field], h.json), CORE.has(h.label))
    for (const b of boundaryValues(shape[field], base[field])) addJson(`${field}: ${b.label}`, setJson(base, [field], JSON.stringify(b.value)))
    // One level down: each field of a nested object (location.longitude…) and of an array's first element.
    const sub = base[field]
    const inner = Array.isArray(sub) ? sub[0] : sub
    const path = Array.isArray(sub) ? [field, 0] : [field]
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const k of Object.keys(inner)) {
        for (const h of HOSTILE_VALUES.filter((v) => !v.label.startsWith('1 MB') && !v.label.startsWith('10k') && !v.label.includes('5000 deep')))
          addJson(`${[...path, k].join('.')}: ${h.label}`, setJson(base, [...path, k], h.json), false)
      }
      addJson(`${path.join('.')}.__proto__ injected`, setJson(base, [...path, '__proto__'], '{"polluted":"yes"}'))
      addJson(`${path.join('.')}.$where injected`, setJson(base, [...path, '$where'], '"1"'))
    }
  }
  return cases
}

/** The schema's own edges: each bound, one past it, fractions between; strings and arrays at and past their length. */
export function boundaryValues(schema: any, baseValue: unknown): Array<{ label: string; value: unknown }> {
  let s = schema
  for (let i = 0; i < 10 && defOf(s) && !['string', 'number', 'array'].includes(defOf(s).type); i++) s = defOf(s).innerType ?? defOf(s).in
  const d = defOf(s)
  if (!d) return []
  const checks = (d.checks ?? []).map((c: any) => c._zod?.def ?? c)
  const find = (name: string) => checks.find((c: any) => c.check === name)
  const out: Array<{ label: string; value: unknown }> = []
  if (d.type === 'number') {
    const lo = find('greater_than')?.value,
      hi = find('less_than')?.value
    for (const [label, v] of [
      ['min', lo],
      ['max', hi]
    ] as const) {
      if (v === undefined) continue
      out.push(
        { label: `${label} ${v}`, value: v },
        { label: `${label} ${v} − 1`, value: v - 1 },
        { label: `${label} ${v} + 1`, value: v + 1 },
        { label: `${label} ${v} ± 0.5`, value: label === 'min' ? v + 0.5 : v - 0.5 }
      )
    }
    if (lo === undefined) out.push({ label: 'unbounded below', value: -1e15 })
    if (hi === undefined) out.push({ label: 'unbounded above', value: 1e15 })
  }
  if (d.type === 'string') {
    const max = find('max_length')?.maximum ?? find('length_equals')?.length
    if (max !== undefined) {
      out.push({ label: `${max} chars`, value: 'a'.repeat(max) }, { label: `${max + 1} chars`, value: 'a'.repeat(max + 1) })
      out.push({ label: `${max} UTF-16 units of emoji`, value: '👵'.repeat(Math.floor(max / 2)) }, { label: `${max} RTL chars`, value: 'ש'.repeat(max) })
    } else out.push({ label: 'unbounded 100k chars', value: 'a'.repeat(100000) })
  }
  if (d.type === 'array') {
    const max = find('max_length')?.maximum
    const item = Array.isArray(baseValue) && baseValue.length ? baseValue[0] : null
    if (max !== undefined && item !== null)
      out.push({ label: `${max} items`, value: Array(max).fill(item) }, { label: `${max + 1} items`, value: Array(max + 1).fill(item) })
    if (max === undefined) out.push({ label: 'unbounded 5000 items', value: Array(5000).fill(item) })
  }
  return out
}

/** The base input as JSON with the value at `path` replaced by the JSON text `valueJson`. */
function setJson(base: unknown, path: Array<string | number>, valueJson: string): string {
  const marker = `\u0001HOLE${Math.random()}\u0001`
  const copy = JSON.parse(JSON.stringify(base))
  let cur = copy
  for (const p of path.slice(0, -1)) cur = cur[p]
  cur[path[path.length - 1]] = marker
  return JSON.stringify(copy).replace(JSON.stringify(marker), valueJson)
}

/** An arbitrary for values of a zod schema, leaning to the edges (no length or range bounds applied). */
export function arbitraryFor(schema: any, depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema)
  const any = fc.jsonValue({ maxDepth: 2 })
  if (!d || depth > 3) return any
  switch (d.type) {
    case 'string':
      return fc.oneof(
        validString(d),
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,70}$/),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((x) => x.toISOString())
      )
    case 'number':
      return fc.oneof(
        validNumber(d),
        fc.integer({ min: -100000, max: 100000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(-1, 0, 0.5, 1900, 2100)
      )
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 'true'))
    case 'enum':
      return fc.oneof(fc.constantFrom(...Object.values(d.entries)), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''))
    case 'literal':
      return fc.oneof(fc.constantFrom(...d.values), any)
    case 'array':
      return fc.array(arbitraryFor(d.element, depth + 1), { maxLength: 30 })
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(d.shape).map(([k, v]) => [k, arbitraryFor(v, depth + 1)])), { requiredKeys: [] })
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(arbitraryFor(d.innerType, depth), fc.constant(null))
    case 'pipe':
      return arbitraryFor(d.in, depth)
    case 'union':
      return fc.oneof(...d.options.map((o: any) => arbitraryFor(o, depth + 1)))
    default:
      return any
  }
}

const checksOf = (d: any) => (d.checks ?? []).map((c: any) => c._zod?.def ?? c)
/** Strings within the schema's own length bounds and pattern (so that many generated inputs reach the handler). */
function validString(d: any): fc.Arbitrary<string> {
  const checks = checksOf(d)
  const min = checks.find((c: any) => c.check === 'min_length')?.minimum ?? 0
  const max = checks.find((c: any) => c.check === 'max_length')?.maximum ?? 500
  const pattern = checks.find((c: any) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern
  if (pattern) return fc.stringMatching(pattern).filter((x) => x.length >= min && x.length <= max)
  return fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 400) }).filter((x) => x.length <= max && x.trim().length >= min)
}
/** Numbers within the schema's own bounds: integers when it says so, else doubles. */
function validNumber(d: any): fc.Arbitrary<number> {
  const checks = checksOf(d)
  const lo = checks.find((c: any) => c.check === 'greater_than')?.value ?? -1e6
  const hi = checks.find((c: any) => c.check === 'less_than')?.value ?? 1e6
  const int = checks.some((c: any) => c.check === 'number_format' && /int/.test(c.format))
  return int ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true })
}

/** Generated cases: each field of the base kept, dropped, set to a hostile value or drawn from its schema. */
export function generated(schema: any, base: Record<string, unknown>, runs: number, seed: number): Case[] {
  const shape = objectShape(schema)
  if (!shape || runs <= 0) return []
  const small = HOSTILE_VALUES.filter((v) => !v.label.startsWith('1 MB') && !v.label.startsWith('10k') && !v.label.includes('5000 deep'))
  const field = (k: string) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant({ keep: true }) },
      { weight: 1, arbitrary: fc.constant({ drop: true }) },
      { weight: 2, arbitrary: fc.constantFrom(...small).map((h) => ({ json: h.json })) },
      { weight: 3, arbitrary: arbitraryFor(shape[k]).map((v) => ({ json: JSON.stringify(v) ?? 'null' })) }
    )
  const arb = fc.record(Object.fromEntries(Object.keys(shape).map((k) => [k, field(k)])) as Record<string, fc.Arbitrary<any>>)
  return fc.sample(arb, { seed, numRuns: runs }).map((choice, i) => {
    const parts: string[] = []
    for (const [k, c] of Object.entries(choice as Record<string, any>)) {
      if (c.drop) continue
      if (c.keep) {
        if (base[k] !== undefined) parts.push(`${JSON.stringify(k)}:${JSON.stringify(base[k])}`)
      } else parts.push(`${JSON.stringify(k)}:${c.json}`)
    }
    return { label: `generated #${i}`, json: `{${parts.join(',')}}`, kind: 'generated' as const }
  })
}

/** A deterministic subset of `cases` (fixed seed): all when `max` covers them. */
export function pick<T>(cases: T[], max: number, seed: number): T[] {
  if (cases.length <= max) return cases
  return fc.sample(fc.shuffledSubarray(cases, { minLength: max, maxLength: max }), { seed, numRuns: 1 })[0]
}
