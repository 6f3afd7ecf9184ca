// 入驻二维码 poster: the community's name, its join 小程序码 and code, and how to join, laid out to print on A4 (H5:
// 打印 prints only the poster, communityAdmin.css @media print) or to save to the phone's album (weapp: the image is
// downloaded first — saveImageToPhotosAlbum takes a local file — and openSetting is offered if the user once refused).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Image, Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../shared/contracts'

type JoinQr = ActionOutput<'communities.joinQr'>

async function saveToAlbum(url: string): Promise<string> {
  try {
    const file = await Taro.downloadFile({ url })
    await Taro.saveImageToPhotosAlbum({ filePath: file.tempFilePath })
    return '已保存到手机相册'
  } catch (e) {
    if (!/auth|deny|denied/i.test(String((e as { errMsg?: string }).errMsg ?? ''))) return '保存失败，请重试'
    const ok = await Taro.showModal({ title: '需要相册权限', content: '请在设置中允许「保存到相册」，然后再点一次保存。', confirmText: '去设置' })
    if (ok.confirm) await Taro.openSetting()
    return '未能保存：需要相册权限'
  }
}

export default function JoinPoster({ qr }: { qr: JoinQr }) {
  const [message, setMessage] = useState<string | null>(null)
  const act = () => {
    if (process.env.TARO_ENV === 'h5') window.print()
    else void saveToAlbum(qr.url).then(setMessage)
  }
  return (
    <>
      <View className='cv-poster' id='join-poster'>
        <Text className='cv-poster__kicker'>社区志愿服务</Text>
        <Text className='cv-poster__name'>{qr.name}</Text>
        <Image className='cv-poster__qr' id='join-qr' src={qr.url} mode='scaleToFill' showMenuByLongpress />
        <Text className='cv-poster__code'>社区编码 {qr.code}</Text>
        <Text className='cv-poster__steps'>微信扫一扫，加入本社区</Text>
        <Text className='cv-poster__steps'>一键求助 · 报名志愿者 · 时间银行</Text>
        <Text className='cv-poster__foot'>也可在小程序「我的社区」输入社区编码加入</Text>
      </View>
      <View className='cv-poster-actions'>
        {message && <Text className='cv-notice'>{message}</Text>}
        <Button className='cv-btn' id='poster-action' onClick={act}>
          {process.env.TARO_ENV === 'h5' ? '打印海报' : '保存到相册'}
        </Button>
        <Text className='cv-form__intro'>
          {process.env.TARO_ENV === 'h5' ? '打印时只输出海报，建议A4纸纵向打印后张贴在社区公告栏。' : '保存后可打印张贴在社区公告栏，居民扫码即可加入。'}
        </Text>
      </View>
    </>
  )
}
