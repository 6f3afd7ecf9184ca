// Database errors in CloudBase's reply shape `{ code, message }`. The SDK turns the code into an errCode:
// known codes map (e.g. DATABASE_COLLECTION_NOT_EXIST → -502005); unknown ones, like the transaction conflict,
// become -501001, which is exactly what CloudBase clients observe.
export class DbError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'DbError'
  }
}

export const dbErrors = {
  collectionNotExist: (name: string) =>
    new DbError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem persists, contact us.`
    ),
  collectionExists: (name: string) => new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}.`),
  conflict: () =>
    new DbError(
      'DATABASE_TRANSACTION_CONFLICT',
      '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'
    ),
  txNotFound: (id: string) =>
    new DbError('DATABASE_TRANSACTION_FAIL', `[ResourceNotFound.TransactionNotExist] Transaction not exist or already finished: ${id}.`),
  txWhere: () =>
    new DbError(
      'DATABASE_REQUEST_FAILED',
      '[InvalidParameter] Only document operations (doc().get/set/update/remove) and collection.add are supported in a transaction; where() queries are not.'
    ),
  duplicateKey: (coll: string, index: string, key: string) =>
    new DbError('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: ${index} dup key: ${key}`),
  noGeoIndex: (coll: string) =>
    new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] unable to find index for $geoNear query on ${coll}: create a 2dsphere index first.`),
  unindexed: (message: string) => new DbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${message}`),
  invalid: (message: string) => new DbError('DATABASE_REQUEST_FAILED', `[InvalidParameter] ${message}`),
  badName: (name: string) => new DbError('INVALID_PARAM', `invalid collection name: ${name}`)
}
