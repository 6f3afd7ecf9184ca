import type { PropsWithChildren } from 'react'
import { initCloud } from './api/cloudInit'
import { listenForWechatPrivacy } from './hooks/useConsent'
import './app.css'

// Taro.cloud exists only in the mini-program (it is wx.cloud); the H5 build talks HTTP to the local cloud instead.
// Taro.cloud.init({ env: CLOUD_ENV, traceUser: true }) lives in api/cloudInit.ts (see the note there).
if (process.env.TARO_ENV === 'weapp') {
  initCloud()
  listenForWechatPrivacy() // once: WeChat's privacy requests open our consent screen (hooks/useConsent.ts)
}

function App({ children }: PropsWithChildren) {
  // children are the pages being rendered
  return children
}

export default App
