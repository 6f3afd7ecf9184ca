// H5: a plain <canvas> sized to its container at the device's pixel ratio (Taro's H5 Canvas component resets the
// ratio). F2 listens to the element's own touch and click events, so nothing needs forwarding.
import { Canvas } from '@antv/f2'
import { useEffect, useRef } from 'react'
import type { ChartCanvasProps } from './ChartCanvas'

export type { ChartCanvasProps } from './ChartCanvas'

export default function ChartCanvas({ id, height, chart }: ChartCanvasProps) {
  const ref = useRef<HTMLCanvasElement | null>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return undefined
    const width = Math.floor(el.parentElement?.getBoundingClientRect().width || 320)
    const pixelRatio = window.devicePixelRatio || 1
    el.width = width * pixelRatio
    el.height = height * pixelRatio
    el.style.width = `${width}px`
    el.style.height = `${height}px`
    const canvas = new Canvas({ context: el.getContext('2d'), pixelRatio, width, height, animate: false, children: chart })
    void canvas.render()
    return () => canvas.destroy()
  }, [chart, height])
  return (
    <div className='cv-chart'>
      <canvas id={id} ref={ref} style={{ display: 'block', width: '100%', height: `${height}px` }} />
    </div>
  )
}
