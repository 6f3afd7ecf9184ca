// The 志愿服务记录证明 drawn as an image: a pure layout (a list of drawing operations in logical px and the height
// they need) that the weapp canvas and the H5 canvas both replay, so the saved picture is the same everywhere.
// Text is wrapped with a fixed width estimate (CJK = 1 em, other characters ≈ 0.55 em), not measureText: the height
// must be known before the canvas exists, and the estimate errs on the wide side.
import { formatMinutes, formatShanghai } from '../shared/time'
import type { Certificate } from './useCertificates'

export type DrawOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { op: 'frame'; x: number; y: number; w: number; h: number; color: string; width: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { op: 'text'; text: string; x: number; y: number; px: number; bold: boolean; color: string; align: 'left' | 'center' | 'right' }
  | { op: 'seal'; cx: number; cy: number; r: number; color: string; text: string }

export const CERT_WIDTH = 375
const M = 22 // margin inside the frame
const INK = '#1f2329'
const GREY = '#4e5969'
const RED = '#c92a2a'

export function textWidth(s: string, px: number): number {
  let w = 0
  for (const ch of s) w += /[\u2E80-\uFFFF]/.test(ch) ? px : px * 0.55
  return w
}

const NO_LINE_START = /^[，。、：；！？）」』,.:;!?)]$/

/**
 * Splits `s` into lines no wider than `max`: between CJK characters, never inside a run of letters and digits
 * (an ID number, a date, a certificate number stays whole), and never with punctuation starting a line.
 */
export function wrap(s: string, px: number, max: number): string[] {
  const tokens = s.match(/[A-Za-z0-9*_\-/.:]+|[\s\S]/g) ?? []
  const lines: string[] = []
  let line = ''
  for (const t of tokens) {
    if (line && textWidth(line + t, px) > max && !NO_LINE_START.test(t)) {
      lines.push(line.trimEnd())
      line = t.trimStart()
    } else {
      line += t
    }
  }
  if (line) lines.push(line)
  return lines
}

export function certificateLayout(c: Certificate, width = CERT_WIDTH): { ops: DrawOp[]; height: number } {
  const ops: DrawOp[] = []
  const inner = width - 2 * M
  let y = M + 16
  const text = (t: string, x: number, px: number, o: Partial<Extract<DrawOp, { op: 'text' }>> = {}) =>
    ops.push({ op: 'text', text: t, x, y, px, bold: false, color: INK, align: 'left', ...o })
  const para = (t: string, px: number, color = INK, gap = 1.6) => {
    for (const l of wrap(t, px, inner)) {
      y += px * gap
      text(l, M, px, { color })
    }
  }

  y += 28
  text('志愿服务记录证明', width / 2, 26, { bold: true, align: 'center', color: RED })
  y += 22
  text(`证明编号：${c.number}`, width / 2, 13, { align: 'center', color: GREY })
  y += 8
  const hours = formatMinutes(c.totalMinutes)
  para(
    `兹证明 ${c.volunteerName}（${c.idType}：${c.idMasked}${c.volunteerNo ? `，志愿者编号：${c.volunteerNo}` : ''}）于 ${c.from} 至 ${c.to} 期间参加由${c.issuer}组织的志愿服务，累计服务时长 ${hours}。`,
    15,
    INK,
    1.75
  )
  para('服务内容如下：', 15, INK, 1.75)

  // The services table: 服务内容 | 次数 | 时长.
  const colX = [M, M + inner * 0.56, M + inner * 0.72, M + inner]
  const row = (cells: string[], bold: boolean) => {
    y += 26
    ops.push({ op: 'line', x1: M, y1: y - 18, x2: M + inner, y2: y - 18, color: '#c9cdd4', width: 1 })
    text(cells[0], colX[0] + 6, 14, { bold })
    text(cells[1], (colX[1] + colX[2]) / 2, 14, { bold, align: 'center' })
    text(cells[2], colX[3] - 6, 14, { bold, align: 'right' })
    y += 8
  }
  y += 6
  row(['服务内容', '次数', '时长'], true)
  for (const s of c.services) row([wrap(s.content, 14, colX[1] - colX[0] - 12)[0] ?? '', String(s.count), formatMinutes(s.minutes)], false)
  row(['合计', String(c.services.reduce((n, s) => n + s.count, 0)), hours], true)
  ops.push({ op: 'line', x1: M, y1: y - 0, x2: M + inner, y2: y, color: '#c9cdd4', width: 1 })

  y += 14
  const signStart = y
  for (const [k, v] of [
    ['出具单位', c.issuer],
    ['负责人', c.personInCharge],
    ['经办人', c.handler],
    ['联系方式', c.contact],
    ['出具日期', formatShanghai(c.issuedAt, 'YYYY年MM月DD日')]
  ]) {
    y += 24
    text(`${k}：${v}`, M, 15)
  }
  ops.push({ op: 'seal', cx: width - M - 52, cy: signStart + 62, r: 46, color: RED, text: c.issuer })

  y += 30
  text(`校验码：${c.verifyCode}`, M, 16, { bold: true, color: RED })
  y += 4
  para('核验方式：打开「社区志愿服务」小程序 → 居民 → 证明核验，输入证明编号和校验码。本证明免费出具，涂改无效。', 12, GREY, 1.6)
  const height = Math.ceil(y + M + 8)
  ops.unshift(
    { op: 'rect', x: 0, y: 0, w: width, h: height, color: '#ffffff' },
    { op: 'frame', x: 8, y: 8, w: width - 16, h: height - 16, color: RED, width: 2 }
  )
  return { ops, height }
}
