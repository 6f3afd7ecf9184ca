import Taro from '@tarojs/taro'
import { TransportError } from './errors'
import type { Transport } from './transport'

// Function-side failures (not found, execution error, function timeout) carry errCode -504xxx: the call arrived,
// so they are not retried. Everything else (offline, request timeout) counts as a network failure.
function isFunctionFailure(e: unknown): boolean {
  const code = (e as { errCode?: unknown } | null)?.errCode
  return typeof code === 'number' && code <= -504000 && code > -505000
}

export const transport: Transport = async (event) => {
  try {
    const res = await Taro.cloud.callFunction({ name: 'api', data: event })
    return (res as { result?: unknown }).result
  } catch (e) {
    const err = e as { errMsg?: string; message?: string } | null
    throw new TransportError(err?.errMsg ?? err?.message ?? String(e), !isFunctionFailure(e))
  }
}
