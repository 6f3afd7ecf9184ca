// Asking for subscribe-message consent (订阅消息) at the natural moment of each role. WeChat only: H5 has no such
// API (Taro's stub would only log an error). A refusal or failure changes nothing in the app's flow, so it is
// swallowed: the order exists either way and the user simply gets no WeChat notice.
import Taro from '@tarojs/taro'
import { NOTICE_TEMPLATES, SUBSCRIBE_FOR } from '../shared/notifications'

export async function askToSubscribe(role: keyof typeof SUBSCRIBE_FOR): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    await Taro.requestSubscribeMessage({ tmplIds: SUBSCRIBE_FOR[role].map((k) => NOTICE_TEMPLATES[k]) } as Taro.requestSubscribeMessage.Option)
  } catch {
    // refused, not configured or unsupported: nothing to do
  }
}
