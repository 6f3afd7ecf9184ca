import Taro from '@tarojs/taro'

// Fired when the signed-in user's own data changed (profile saved, community joined): every useMe reloads,
// including those on tab pages that are mounted but hidden.
export const ME_CHANGED = 'me:changed'

export function announceMeChanged(): void {
  Taro.eventCenter.trigger(ME_CHANGED)
}
