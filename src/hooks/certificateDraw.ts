// Replays a certificate layout (certificateLayout.ts) on a canvas context. The operations used exist both on the
// browser's CanvasRenderingContext2D (H5) and on the mini-program's CanvasContext (weapp), where every setter is
// recorded in order and drawn by ctx.draw().
import type { DrawOp } from './certificateLayout'

const FONT = '"PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'

/** What both platforms' contexts offer (property setters, not the deprecated setXxx methods). */
export interface Ctx2D {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: unknown
  globalAlpha: number
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  closePath(): void
  arc(x: number, y: number, r: number, start: number, end: number): void
  stroke(): void
  fill(): void
}

function star(ctx: Ctx2D, cx: number, cy: number, r: number) {
  ctx.beginPath()
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.4
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    const x = cx + rr * Math.cos(a)
    const y = cy + rr * Math.sin(a)
    if (i === 0) ctx.moveTo(x, y)
    else ctx.lineTo(x, y)
  }
  ctx.closePath()
  ctx.fill()
}

export function drawOps(ctx: Ctx2D, ops: DrawOp[]): void {
  for (const o of ops) {
    if (o.op === 'rect') {
      ctx.fillStyle = o.color
      ctx.fillRect(o.x, o.y, o.w, o.h)
    } else if (o.op === 'frame') {
      ctx.strokeStyle = o.color
      ctx.lineWidth = o.width
      ctx.strokeRect(o.x, o.y, o.w, o.h)
    } else if (o.op === 'line') {
      ctx.strokeStyle = o.color
      ctx.lineWidth = o.width
      ctx.beginPath()
      ctx.moveTo(o.x1, o.y1)
      ctx.lineTo(o.x2, o.y2)
      ctx.stroke()
    } else if (o.op === 'text') {
      ctx.font = `${o.bold ? 'bold ' : ''}${o.px}px ${FONT}`
      ctx.fillStyle = o.color
      ctx.textAlign = o.align
      ctx.fillText(o.text, o.x, o.y)
    } else {
      // The issuer's seal: a red ring, a star and the issuer's name, slightly transparent over the text below.
      ctx.globalAlpha = 0.85
      ctx.strokeStyle = o.color
      ctx.fillStyle = o.color
      ctx.lineWidth = 3
      ctx.beginPath()
      ctx.arc(o.cx, o.cy, o.r, 0, Math.PI * 2)
      ctx.stroke()
      star(ctx, o.cx, o.cy - o.r * 0.28, o.r * 0.32)
      const name = o.text.length > 8 ? o.text.slice(0, 8) : o.text
      const px = Math.min(13, Math.floor((o.r * 1.5) / Math.max(name.length, 1)))
      ctx.font = `bold ${px}px ${FONT}`
      ctx.textAlign = 'center'
      ctx.fillText(name, o.cx, o.cy + o.r * 0.3)
      ctx.font = `${Math.max(9, px - 3)}px ${FONT}`
      ctx.fillText('志愿服务专用', o.cx, o.cy + o.r * 0.62)
      ctx.globalAlpha = 1
    }
  }
}
