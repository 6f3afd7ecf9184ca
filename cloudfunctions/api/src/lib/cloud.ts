// The one place that initialises wx-server-sdk. DYNAMIC_CURRENT_ENV makes the function use the environment it is
// deployed in; locally the local cloud serves the same SDK calls.
import cloud from 'wx-server-sdk'

// DYNAMIC_CURRENT_ENV is a symbol at run time; the SDK's typings only admit strings.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

// Node-sdk rebuilds its request class on every database() call, so one instance per cold start is enough.
export const db = cloud.database()
export const _ = db.command

/** The caller's identity. Read per call, never cached at module scope: one instance serves many callers. */
export function callerOpenid(): string | undefined {
  const ctx = cloud.getWXContext()
  return ctx.OPENID || undefined
}

export { cloud }
