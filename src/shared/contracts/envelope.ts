import * as z from '../zod'

/** The event every call to the `api` function carries. `requestId` makes retried writes safe to replay. */
export const ApiEvent = z.object({
  action: z.string().min(1).max(64),
  input: z.unknown().optional(),
  requestId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
})
export type ApiEvent = z.infer<typeof ApiEvent>
