// An @antv/f2 (v5) chart on a canvas, for pages of this subpackage only (the chart library must stay out of the
// main package and out of other subpackages, which would each carry a copy). The build picks
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
