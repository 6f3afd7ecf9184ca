// A clock for countdowns and elapsed times (SLA, time in service): re-renders every `everyMs`.
import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'

export function useNow(everyMs = 30000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(t)
  }, [everyMs])
  useDidShow(() => setNow(Date.now())) // timers pause while the mini-program is in the background
  return now
}
