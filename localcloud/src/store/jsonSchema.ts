// The validator behind the `$jsonSchema` query operator (mingo asks for one as its `jsonSchemaValidator` option).
// MongoDB's dialect: JSON Schema draft 4 plus `bsonType`, without $ref, $schema, default, definitions, format or id
// (MongoDB refuses those, and so does this). Small enough to own rather than bend a draft-7 validator to it.
type Schema = Record<string, any>
type Check = (v: unknown) => boolean

const IGNORED = new Set(['title', 'description'])
const isDoc = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) && !(v as { _bsontype?: string })._bsontype

const BSON_TYPES: Record<string, Check> = {
  double: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  object: isDoc,
  array: Array.isArray,
  bool: (v) => typeof v === 'boolean',
  date: (v) => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]',
  null: (v) => v === null,
  regex: (v) => v instanceof RegExp,
  int: (v) => Number.isInteger(v),
  long: (v) => Number.isInteger(v),
  decimal: (v) => typeof v === 'number',
  number: (v) => typeof v === 'number',
  objectId: (v) => (v as { _bsontype?: string })?._bsontype === 'ObjectId',
  timestamp: (v) => (v as { _bsontype?: string })?._bsontype === 'Timestamp'
}
const JSON_TYPES: Record<string, Check> = {
  object: isDoc,
  array: Array.isArray,
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  string: (v) => typeof v === 'string',
  null: (v) => v === null
}

const oneOrMany = (x: unknown): string[] => (Array.isArray(x) ? x : [x]).map(String)
function typeCheck(table: Record<string, Check>, names: unknown, keyword: string): Check {
  const checks = oneOrMany(names).map((n) => {
    const c = table[n]
    if (!c) throw new Error(`$jsonSchema: unknown ${keyword} "${n}"`)
    return c
  })
  return (v) => checks.some((c) => c(v))
}
const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Compiles a schema into a predicate; an unsupported keyword is refused when the query is built, as MongoDB does. */
export function compileSchema(input: unknown): Check {
  if (!isDoc(input)) throw new Error('$jsonSchema must be an object')
  const schema: Schema = input
  const checks: Check[] = []
  const num = (v: unknown): v is number => typeof v === 'number'
  const str = (v: unknown): v is string => typeof v === 'string'
  const arr = Array.isArray
  for (const [k, s] of Object.entries(schema) as Array<[string, any]>) {
    if (IGNORED.has(k) || k === 'exclusiveMinimum' || k === 'exclusiveMaximum' || k === 'additionalItems') continue
    switch (k) {
      case 'bsonType':
        checks.push(typeCheck(BSON_TYPES, s, k))
        break
      case 'type':
        checks.push(typeCheck(JSON_TYPES, s, k))
        break
      case 'enum':
        checks.push((v) => (s as unknown[]).some((e) => deepEqual(e, v)))
        break
      case 'required':
        checks.push((v) => !isDoc(v) || (s as string[]).every((f) => f in v))
        break
      case 'properties': {
        const props = Object.entries(s as Schema).map(([f, sub]) => [f, compileSchema(sub)] as const)
        checks.push((v) => !isDoc(v) || props.every(([f, c]) => !(f in v) || c(v[f])))
        break
      }
      case 'patternProperties': {
        const pats = Object.entries(s as Schema).map(([p, sub]) => [new RegExp(p), compileSchema(sub)] as const)
        checks.push((v) => !isDoc(v) || Object.entries(v).every(([f, x]) => pats.every(([re, c]) => !re.test(f) || c(x))))
        break
      }
      case 'additionalProperties': {
        const known = new Set(Object.keys(schema.properties ?? {}))
        const pats = Object.keys(schema.patternProperties ?? {}).map((p) => new RegExp(p))
        const extra = (f: string) => !known.has(f) && !pats.some((re) => re.test(f))
        const c: Check = s === false ? () => false : s === true ? () => true : compileSchema(s)
        checks.push(
          (v) =>
            !isDoc(v) ||
            Object.keys(v)
              .filter(extra)
              .every((f) => c(v[f]))
        )
        break
      }
      case 'minProperties':
      case 'maxProperties':
        checks.push((v) => !isDoc(v) || (k === 'minProperties' ? Object.keys(v).length >= s : Object.keys(v).length <= s))
        break
      case 'items': {
        if (arr(s)) {
          const cs = s.map(compileSchema)
          const rest: Check =
            schema.additionalItems === false ? () => false : isDoc(schema.additionalItems) ? compileSchema(schema.additionalItems) : () => true
          checks.push((v) => !arr(v) || v.every((x, i) => (i < cs.length ? cs[i](x) : rest(x))))
        } else {
          const c = compileSchema(s)
          checks.push((v) => !arr(v) || v.every(c))
        }
        break
      }
      case 'minItems':
      case 'maxItems':
        checks.push((v) => !arr(v) || (k === 'minItems' ? v.length >= s : v.length <= s))
        break
      case 'uniqueItems':
        checks.push((v) => !s || !arr(v) || new Set(v.map((x) => JSON.stringify(x))).size === v.length)
        break
      case 'minimum':
        checks.push((v) => !num(v) || (schema.exclusiveMinimum ? v > s : v >= s))
        break
      case 'maximum':
        checks.push((v) => !num(v) || (schema.exclusiveMaximum ? v < s : v <= s))
        break
      case 'multipleOf':
        checks.push((v) => !num(v) || Number.isInteger(v / s))
        break
      case 'minLength':
      case 'maxLength':
        // Lengths count code points, as JSON Schema does.
        checks.push((v) => !str(v) || (k === 'minLength' ? [...v].length >= s : [...v].length <= s))
        break
      case 'pattern': {
        const re = new RegExp(s)
        checks.push((v) => !str(v) || re.test(v))
        break
      }
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        const cs = (s as Schema[]).map(compileSchema)
        if (k === 'allOf') checks.push((v) => cs.every((c) => c(v)))
        else if (k === 'anyOf') checks.push((v) => cs.some((c) => c(v)))
        else checks.push((v) => cs.filter((c) => c(v)).length === 1)
        break
      }
      case 'not': {
        const c = compileSchema(s)
        checks.push((v) => !c(v))
        break
      }
      case 'dependencies': {
        const deps = Object.entries(s as Schema).map(
          ([f, d]) => [f, arr(d) ? (v: Record<string, unknown>) => d.every((x: string) => x in v) : compileSchema(d)] as const
        )
        checks.push((v) => !isDoc(v) || deps.every(([f, c]) => !(f in v) || c(v as never)))
        break
      }
      default:
        throw new Error(`$jsonSchema keyword '${k}' is not supported`)
    }
  }
  return (v) => checks.every((c) => c(v))
}
