// The mini-program runtime forbids `new Function`/eval, which zod uses for its fast (JIT) object parser.
// Every module in this app imports `z` from here, never from 'zod', so `jitless` is set before any schema exists.
import { z } from 'zod'

// Chinese messages for field errors, shown next to the field in the UI.
z.config({ jitless: true, ...z.locales.zhCN() })

export { z }
export type { ZodType } from 'zod'
