// Per-call context for functions running in the local cloud. wx-server-sdk's getWXContext() reads the global
// process.env, so concurrent calls would see each other's OPENID; this AsyncLocalStorage keeps each call's own.
import { AsyncLocalStorage } from 'async_hooks'
import type { QueryUse } from './indexUse'

export interface WxContext {
  OPENID: string
  APPID: string
  UNIONID: string
  ENV: string
  SOURCE: string
}

export interface CallCounters {
  roundTrips: number
  examined: number
  returned: number
  /** Documents of other collections read by $lookup joins (the router's caller read joins community, volunteer…). */
  joined: number
  byAction: Record<string, number>
  /** Every query of the call and the declared index serving it (null: none) — see indexUse.ts. */
  queries: QueryUse[]
  /** Each round trip in order: what it was, on which collection, and how long the store took to serve it (the
   * database's share of the call, without the SDK and the function around it; the bench's per-query figures). */
  trips: Array<{ action: string; coll: string; ms: number }>
}

export interface CallContext {
  wx: WxContext
  counters: CallCounters
}

export const als = new AsyncLocalStorage<CallContext>()

export const LOCAL_ENV = 'local-dev'
export const LOCAL_APPID = 'wx-local-appid'

export function newCounters(): CallCounters {
  return { roundTrips: 0, examined: 0, returned: 0, joined: 0, byAction: {}, queries: [], trips: [] }
}

export function callContext(openid: string, source = 'wx_client'): CallContext {
  return {
    wx: { OPENID: openid, APPID: LOCAL_APPID, UNIONID: '', ENV: LOCAL_ENV, SOURCE: source },
    counters: newCounters()
  }
}

/** Runs `fn` as the given caller: everything it awaits sees this OPENID and counts into these counters. */
export function runAs<T>(ctx: CallContext, fn: () => Promise<T>): Promise<T> {
  return als.run(ctx, fn)
}

export function currentCall(): CallContext | undefined {
  return als.getStore()
}
