// An @antv/f2 (v5) chart on a canvas, shared by the subpackages that draw charts (协调员 工作台, 街道 社区对比).
// Import it ONLY from subpackage pages, never from a main-package page or component: the chart library must stay out
// of the main package (mini.optimizeMainPackage keeps a module used only by subpackages in them — a copy in each —
// and the H5 build gives F2 its own chunk, config/index.ts). No NutUI here for the same reason. The build picks
// ChartCanvas.weapp.tsx (Taro Canvas type='2d', node from a selector query, touches forwarded to F2) or
// ChartCanvas.h5.tsx (a plain <canvas>: Taro's H5 Canvas resets its pixel ratio); this file holds the props and a
// fallback for other platforms. `chart` is the F2 element to draw (from a file marked @jsxImportSource @antv/f2);
// a new `chart` value redraws.
import { Text, View } from '@tarojs/components'

export interface ChartCanvasProps {
  /** Unique on the page (the weapp selector query finds the canvas by it; tests by `#id`). */
  id: string
  /** CSS pixels; the width is the container's. */
  height: number
  chart: unknown
}

export default function ChartCanvas({ id, height }: ChartCanvasProps) {
  return (
    <View id={id} style={{ height: `${height}px` }}>
      <Text className='cv-empty'>当前平台暂不支持图表</Text>
    </View>
  )
}
