// Small helpers shared by the conformance suites (not a test file: jest only runs *.test.ts).

/** The sorted `_id`s of a `get()` or `aggregate().end()` reply. */
export function idsOf(reply: { data?: any[]; list?: any[] }): string[] {
  return (reply.data ?? reply.list ?? []).map((d: any) => String(d._id)).sort()
}

/** Awaits a promise that must reject and returns what it rejected with (fails the test if it resolves). */
export async function rejectionOf(p: Promise<unknown> | (() => Promise<unknown>)): Promise<any> {
  try {
    const value = await (typeof p === 'function' ? p() : p)
    throw new Error(`expected a rejection, got ${JSON.stringify(value)}`)
  } catch (e: any) {
    if (e instanceof Error && e.message.startsWith('expected a rejection')) throw e
    return e
  }
}

/** The readable text of an SDK error (CloudSDKError, Error or the bare string the SDK sometimes throws). */
export function messageOf(e: any): string {
  return typeof e === 'string' ? e : `${e?.errMsg ?? ''} ${e?.message ?? ''}`
}

/** Adds documents one by one (each with its own `_id`) through the SDK. */
export async function seed(db: any, coll: string, docs: Array<Record<string, unknown>>): Promise<void> {
  for (const data of docs) await db.collection(coll).add({ data })
}
