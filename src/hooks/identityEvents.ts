import Taro from '@tarojs/taro'

// Fired when the signed-in identity changes (H5 local mode: a demo identity was chosen). Every useMe reloads,
// including those on tab pages that are mounted but hidden.
export const IDENTITY_CHANGED = 'identity:changed'

export function announceIdentityChanged(): void {
  Taro.eventCenter.trigger(IDENTITY_CHANGED)
}
