// wx-server-sdk's typings describe get() as callback-or-promise with untyped documents; repos know the shape of
// their own collections, so this is the single place where a query result is given its document type.
export function docsOf<T>(result: unknown): T[] {
  return (result as { data: T[] }).data
}
