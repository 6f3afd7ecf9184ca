// One requestId per draft of a write that must happen once (转赠, 捐赠, 调账, 证明, 荣誉时长), kept on the device
// until the server has answered it: every retry — after a timeout, a lost reply, the app being killed — sends the
// same id, so the server's fixed posting id (`transfer:<openid>:<requestId>`, …) makes a replay a no-op.
// Keyed by what the draft is for; cleared after success (the next one is a new draft). Same idea as
// orderDraftStorage.ts for 一键求助.
import Taro from '@tarojs/taro'

const PREFIX = 'draft.requestId.'
const VALID = /^[A-Za-z0-9_-]{8,64}$/

function fresh(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}${Math.random().toString(36).slice(2, 8)}`
}

/** The stored requestId for `key`, or a new one stored before it is first sent. */
export function draftId(key: string): string {
  try {
    const stored = Taro.getStorageSync(PREFIX + key) as string
    if (stored && VALID.test(stored)) return stored
  } catch {
    // storage unavailable: a fresh id still works, it just is not kept across a restart
  }
  const id = fresh()
  try {
    Taro.setStorageSync(PREFIX + key, id)
  } catch {
    // as above
  }
  return id
}

/** After success, or when the user changes what the draft says: the next send is a new draft. */
export function clearDraftId(key: string): void {
  try {
    Taro.removeStorageSync(PREFIX + key)
  } catch {
    // nothing to clear
  }
}
