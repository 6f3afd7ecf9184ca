// What the 一键求助 form keeps on the device: the pending submission's requestId and the resident's last choices.
// The requestId is made once per draft and kept until orders.create succeeds, so every retry — after a timeout, a
// lost reply, the app being killed — sends the same one and the server never makes a second order from it.
import Taro from '@tarojs/taro'
import type { WindowChoice } from './orderWindow'

const REQUEST_KEY = 'orders.create.requestId'
const LAST_KEY = 'orders.create.last'

export interface LastChoices {
  addressId?: string
  window?: WindowChoice
}

function read<T>(key: string): T | null {
  try {
    return (Taro.getStorageSync(key) as T) || null
  } catch {
    return null
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) Taro.removeStorageSync(key)
    else Taro.setStorageSync(key, value)
  } catch {
    // storage full or unavailable: the form still works, it just forgets
  }
}

/** The draft's requestId: the stored one, or a new one stored before it is first sent. */
export function draftRequestId(): string {
  const stored = read<string>(REQUEST_KEY)
  if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored
  const fresh = `o${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}${Math.random().toString(36).slice(2, 8)}`
  write(REQUEST_KEY, fresh)
  return fresh
}

/** After success: the next form is a new draft. */
export function clearDraftRequestId(): void {
  write(REQUEST_KEY, null)
}

export function readLastChoices(): LastChoices {
  return read<LastChoices>(LAST_KEY) ?? {}
}

export function saveLastChoices(choices: LastChoices): void {
  write(LAST_KEY, choices)
}
