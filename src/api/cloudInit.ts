import Taro from '@tarojs/taro'

// Kept out of app.ts on purpose: Taro feeds app.ts through an in-memory loader (taro-loader entry-cache) that yields
// an empty module when webpack's persistent cache must rebuild app.ts but not its entry — which happens when a
// define constant such as CLOUD_ENV changes. A normal module like this one is rebuilt correctly.

/** Mini-program only (Taro.cloud is wx.cloud; it does not exist in H5). */
export function initCloud(): void {
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
}
