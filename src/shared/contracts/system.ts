import * as z from '../zod'

export const systemContracts = {
  /** Liveness probe through the full stack (router → repo → database). */
  'system.ping': {
    input: z.object({ echo: z.string().max(100).optional() }).strict(),
    output: z.object({ echo: z.string().nullable(), serverTime: z.string() })
  }
}
