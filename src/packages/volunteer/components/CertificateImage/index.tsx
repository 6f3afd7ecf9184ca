// H5: the certificate drawn on a browser canvas (2× for sharp text) and offered as a PNG — shown, and saved with a
// download link (a data: URL). The weapp version (index.weapp.tsx) draws on the mini-program canvas and saves to
// the photo album. Taro's H5 CanvasContext applies `font` out of order (not queued), so H5 draws natively.
import './index.css'
import { useEffect, useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { certificateLayout, CERT_WIDTH } from '../../../../hooks/certificateLayout'
import { drawOps, type Ctx2D } from '../../../../hooks/certificateDraw'
import type { Certificate } from '../../../../hooks/useCertificates'

const SCALE = 2

function render(c: Certificate): string {
  const { ops, height } = certificateLayout(c)
  const canvas = document.createElement('canvas')
  canvas.width = CERT_WIDTH * SCALE
  canvas.height = height * SCALE
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no canvas')
  ctx.scale(SCALE, SCALE)
  drawOps(ctx as unknown as Ctx2D, ops)
  return canvas.toDataURL('image/png')
}

export default function CertificateImage({ certificate }: { certificate: Certificate }) {
  const [url, setUrl] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    try {
      setUrl(render(certificate))
    } catch {
      setFailed(true)
    }
  }, [certificate])
  if (failed) return <Text className='cv-form-error'>图片生成失败，请截图保存本页。</Text>
  if (!url) return <Text className='cv-empty'>正在生成证明图片…</Text>
  return (
    <View className='cv-cert-image'>
      <Image className='cv-cert-image__img' src={url} mode='widthFix' id='certificate-image' />
      <a className='cv-btn cv-cert-image__save' id='certificate-download' href={url} download={`志愿服务记录证明-${certificate.number}.png`}>
        下载证明图片（PNG）
      </a>
    </View>
  )
}
