// zod issues → `{ "field.path": "中文提示" }`, one message per field (the first), for display next to the field.
import type * as z from '../../../../src/shared/zod'
import type { FieldErrors } from '../../../../src/shared/errors'

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k].join('.')) : [issue.path.join('.') || '_']
    for (const key of keys) if (!(key in fields)) fields[key] = issue.message
  }
  return fields
}
