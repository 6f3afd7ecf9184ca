// The mini-program runtime forbids `new Function`/eval, which zod uses for its fast (JIT) object parser.
// Every module in this app imports zod from here (`import * as z from '…/shared/zod'`), never from 'zod',
// so `jitless` is set before any schema exists.
// Why a star re-export and not zod's `z` object: `z` is a namespace object holding every locale (~230 KB);
// re-exporting the named functions lets the bundlers keep only what we use (api bundle 474 KB → small).
import { config } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.js'

// Chinese messages for field errors, shown next to the field in the UI. Only this locale is bundled.
config({ jitless: true, ...zhCN() })

export * from 'zod'
