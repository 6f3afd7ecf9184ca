// Documents travel as MongoDB Extended JSON (the SDK sends canonical, parses relaxed). The store keeps relaxed
// EJSON text (plain JSON numbers, {"$date": ...}) so SQLite's json_extract can index and compare fields.
import { bson } from './sdkPaths'

const { EJSON } = bson()

export type Doc = Record<string, any>

export function parseEjson<T = any>(text: string | undefined | null): T {
  if (text === undefined || text === null || text === '') return undefined as T
  return EJSON.parse(text, { relaxed: true }) as T
}

export function toCanonical(value: unknown): string {
  return EJSON.stringify(value as any, { relaxed: false })
}

export function toRelaxed(value: unknown): string {
  return EJSON.stringify(value as any, { relaxed: true })
}

/** Deep copy (Dates and RegExps keep their types); stored documents are never handed out by reference. */
export function cloneDoc<T>(value: T): T {
  return structuredClone(value)
}
