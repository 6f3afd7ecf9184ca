// wx-server-sdk's typings describe get() as callback-or-promise with untyped documents; repos know the shape of
// their own collections, so this is the single place where a query result is given its document type.
export function docsOf<T>(result: unknown): T[] {
  return (result as { data: T[] }).data
}

/**
 * wx-server-sdk types every database call as `Promise<R> | void | string` (a call given callbacks returns nothing).
 * Repos never pass callbacks, so the promise is always there; this checks that instead of casting it away.
 */
async function settled<R>(call: Promise<R> | void | string): Promise<R> {
  const r = await call
  if (r === undefined || typeof r === 'string') throw new Error('wx-server-sdk returned no promise')
  return r
}

/** The `_id` an add() gave the new document (ours are always strings; the SDK admits numbers). */
export async function insertedId(call: Promise<{ _id: string | number }> | void | string): Promise<string> {
  return String((await settled(call))._id)
}

/** How many documents an update() changed: the conditional writes' "did I win" answer. */
export async function updatedCount(call: Promise<{ stats: { updated: number } }> | void | string): Promise<number> {
  return (await settled(call)).stats.updated
}

/** How many documents a remove() deleted. */
export async function removedCount(call: Promise<{ stats: { removed: number } }> | void | string): Promise<number> {
  return (await settled(call)).stats.removed
}

/** The total of a count(). */
export async function totalOf(call: Promise<{ total: number }> | void | string): Promise<number> {
  return (await settled(call)).total
}

/**
 * The rows of an aggregate pipeline, typed by the repo that built it (the pipeline decides their shape; the SDK
 * types them `any`). Like docsOf, the single place an aggregate's result is given its type.
 */
export async function rowsOf<T>(call: Promise<{ list: unknown[] }> | void): Promise<T[]> {
  return (await settled(call)).list as T[]
}
