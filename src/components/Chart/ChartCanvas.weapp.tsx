// weapp: Taro's Canvas type='2d'. The node comes from a selector query once the page has rendered it; its bitmap is
// scaled by the pixel ratio by hand (F2 scales the drawing), and touches are forwarded to F2 with canvas-relative
// coordinates as client coordinates (a mini-program canvas has no DOM events of its own).
import { Canvas as F2Canvas } from '@antv/f2'
import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { ChartCanvasProps } from './ChartCanvas'

export type { ChartCanvasProps } from './ChartCanvas'

type Touch = { x: number; y: number; clientX?: number; clientY?: number; pageX?: number; pageY?: number }

function forward(f2: F2Canvas | null, type: string, e: { touches?: Touch[]; changedTouches?: Touch[]; timeStamp?: number }) {
  const el = f2?.getCanvasEl() as { dispatchEvent?: (e: unknown) => void } | undefined
  if (!el?.dispatchEvent) return
  const convert = (ts: Touch[] | undefined) => (ts ?? []).map((t) => ({ ...t, clientX: t.x, clientY: t.y, pageX: t.x, pageY: t.y }))
  el.dispatchEvent({
    type,
    touches: convert(e.touches),
    changedTouches: convert(e.changedTouches),
    timeStamp: e.timeStamp,
    preventDefault() {},
    stopPropagation() {}
  })
}

export default function ChartCanvas({ id, height, chart }: ChartCanvasProps) {
  const f2 = useRef<F2Canvas | null>(null)
  useEffect(() => {
    let alive = true
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res) => {
          // The mini-program's Canvas node (width, getContext, createImage, requestAnimationFrame) has no typings.
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const hit = res?.[0] as { node?: any; width?: number; height?: number } | undefined
          if (!alive || !hit?.node) return
          const { node } = hit
          const width = Math.floor(hit.width || 320)
          const pixelRatio = Taro.getSystemInfoSync().pixelRatio || 2
          node.width = width * pixelRatio
          node.height = height * pixelRatio
          const canvas = new F2Canvas({
            context: node.getContext('2d'),
            pixelRatio,
            width,
            height,
            animate: false,
            children: chart,
            createImage: () => node.createImage(),
            requestAnimationFrame: (cb: FrameRequestCallback) => node.requestAnimationFrame(cb),
            cancelAnimationFrame: (h: number) => node.cancelAnimationFrame(h),
            isTouchEvent: (e: { type: string }) => e.type.startsWith('touch'),
            isMouseEvent: (e: { type: string }) => e.type.startsWith('mouse'),
            useNativeClickEvent: false // no native click on a mini-program canvas: G makes one from touchstart/touchend
            // F2's props type the browser's canvas; these are the mini-program's equivalents.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
          } as any)
          void canvas.render()
          f2.current = canvas
        })
    })
    return () => {
      alive = false
      f2.current?.destroy()
      f2.current = null
    }
  }, [chart, height, id])
  return (
    <Canvas
      type='2d'
      id={id}
      className='cv-chart'
      style={{ width: '100%', height: `${height}px` }}
      onTouchStart={(e) => forward(f2.current, 'touchstart', e)}
      onTouchMove={(e) => forward(f2.current, 'touchmove', e)}
      onTouchEnd={(e) => forward(f2.current, 'touchend', e)}
    />
  )
}
