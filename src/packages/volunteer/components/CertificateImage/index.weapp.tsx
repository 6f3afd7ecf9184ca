// weapp: the certificate drawn on the mini-program canvas (createCanvasContext, then canvasToTempFilePath at 2×),
// shown as an image, and 保存到相册 (saveImageToPhotosAlbum; if the user once refused, openSetting to allow it).
// The canvas itself sits off screen: the picture shown is the exported file.
import './index.css'
import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Canvas, Image, Text, View } from '@tarojs/components'
import { certificateLayout, CERT_WIDTH } from '../../../../hooks/certificateLayout'
import { drawOps, type Ctx2D } from '../../../../hooks/certificateDraw'
import type { Certificate } from '../../../../hooks/useCertificates'

const CANVAS_ID = 'certificate-canvas'

/** The mini-program context through its setXxx methods (its property setters vary by base library). */
function adapt(ctx: Taro.CanvasContext): Ctx2D {
  const raw = ctx as unknown as { font: string }
  return {
    set fillStyle(v: unknown) {
      ctx.setFillStyle(v as string)
    },
    set strokeStyle(v: unknown) {
      ctx.setStrokeStyle(v as string)
    },
    set lineWidth(v: number) {
      ctx.setLineWidth(v)
    },
    set font(v: string) {
      raw.font = v
    },
    set textAlign(v: unknown) {
      ctx.setTextAlign(v as 'left' | 'center' | 'right')
    },
    set globalAlpha(v: number) {
      ctx.setGlobalAlpha(v)
    },
    fillRect: (x, y, w, h) => ctx.fillRect(x, y, w, h),
    strokeRect: (x, y, w, h) => ctx.strokeRect(x, y, w, h),
    fillText: (t, x, y) => ctx.fillText(t, x, y),
    beginPath: () => ctx.beginPath(),
    moveTo: (x, y) => ctx.moveTo(x, y),
    lineTo: (x, y) => ctx.lineTo(x, y),
    closePath: () => ctx.closePath(),
    arc: (x, y, r, a, b) => ctx.arc(x, y, r, a, b),
    stroke: () => ctx.stroke(),
    fill: () => ctx.fill()
  } as Ctx2D
}

export default function CertificateImage({ certificate }: { certificate: Certificate }) {
  const { ops, height } = useMemo(() => certificateLayout(certificate), [certificate])
  const [path, setPath] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  useEffect(() => {
    const scope = Taro.getCurrentInstance().page ?? undefined
    const timer = setTimeout(() => {
      const ctx = Taro.createCanvasContext(CANVAS_ID, scope)
      drawOps(adapt(ctx), ops)
      ctx.draw(false, () => {
        void Taro.canvasToTempFilePath(
          { canvasId: CANVAS_ID, width: CERT_WIDTH, height, destWidth: CERT_WIDTH * 2, destHeight: height * 2, fileType: 'png' },
          scope
        )
          .then((r) => setPath(r.tempFilePath))
          .catch(() => setMessage('图片生成失败，请截图保存本页'))
      })
    }, 50) // after the canvas has been laid out
    return () => clearTimeout(timer)
  }, [ops, height])

  const save = async () => {
    if (!path) return
    setMessage(null)
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: path })
      setMessage('已保存到手机相册')
    } catch (e) {
      const denied = /auth|deny|denied/i.test(String((e as { errMsg?: string }).errMsg ?? ''))
      if (!denied) return setMessage('保存失败，请重试')
      const ok = await Taro.showModal({ title: '需要相册权限', content: '请在设置中允许「保存到相册」，然后再点一次保存。', confirmText: '去设置' })
      if (ok.confirm) await Taro.openSetting()
    }
  }

  return (
    <View className='cv-cert-image'>
      <Canvas canvasId={CANVAS_ID} className='cv-cert-image__canvas' style={{ width: `${CERT_WIDTH}px`, height: `${height}px` }} />
      {path ? <Image className='cv-cert-image__img' src={path} mode='widthFix' showMenuByLongpress /> : <Text className='cv-empty'>正在生成证明图片…</Text>}
      {message && <Text className='cv-notice'>{message}</Text>}
      <Button className='cv-btn cv-cert-image__save' disabled={!path || undefined} onClick={() => void save()}>
        保存证明图片到相册
      </Button>
    </View>
  )
}
