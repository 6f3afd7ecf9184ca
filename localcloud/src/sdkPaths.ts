// Resolves modules *as wx-server-sdk sees them*, so the local cloud patches the very copies the SDK uses
// (a second copy of @cloudbase/node-sdk elsewhere in node_modules would be patched in vain).
import path from 'path'

const sdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'))
const nodeSdkDir = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [sdkDir] }))
const databaseDir = path.dirname(require.resolve('@cloudbase/database/package.json', { paths: [nodeSdkDir] }))

/** `T`: the part of the module the caller uses (these are the SDK's internals: untyped). */
export function requireFromNodeSdk<T = unknown>(rel: string): T {
  return require(path.join(nodeSdkDir, rel))
}

export function requireFromDatabase<T = unknown>(rel: string): T {
  return require(path.join(databaseDir, rel))
}

/** The `bson` package the database layer serialises with: EJSON must round-trip exactly as it expects. */
export function bson(): typeof import('bson') {
  return require(require.resolve('bson', { paths: [databaseDir] }))
}
