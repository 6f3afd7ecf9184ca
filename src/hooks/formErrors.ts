// Field errors on the client: the same shape the server sends in `error.fields` (dotted input path → Chinese
// message, the first per field), computed from the action's shared zod input schema before anything is sent.
import type { FieldErrors } from '../shared/errors'

export type { FieldErrors }

interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: Issue[] } }
}

/** Field errors for `value` under `schema`; empty when it parses. */
export function schemaErrors(schema: SafeParser, value: unknown): FieldErrors {
  const parsed = schema.safeParse(value)
  if (parsed.success) return {}
  const fields: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String)
    const keys = issue.code === 'unrecognized_keys' && issue.keys ? issue.keys.map((k) => [...path, k].join('.')) : [path.join('.') || '_']
    for (const key of keys) if (!(key in fields)) fields[key] = issue.message
  }
  return fields
}

export function hasErrors(fields: FieldErrors): boolean {
  return Object.keys(fields).length > 0
}

/** Drops one field's error (after the user edits that field). */
export function withoutField(fields: FieldErrors, key: string): FieldErrors {
  if (!(key in fields)) return fields
  const rest = { ...fields }
  delete rest[key]
  return rest
}
