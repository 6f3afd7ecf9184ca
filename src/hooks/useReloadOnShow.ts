// Pages that others change (the board after a dispatch, an order after rating) reload when shown again. Keyed on
// having been hidden, not on counting shows: a component mounted after the page's first show (behind a loading
// state) never sees that first show, and its first call must still count as "again" only after a hide.
import { useRef } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

export function useReloadOnShow(reload: () => void): void {
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (!hidden.current) return
    hidden.current = false
    reload()
  })
}
