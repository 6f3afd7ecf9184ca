// The last file of one export: its name, rows, size and when it was made, with the way to get it again
// (H5: 再次下载; weapp: 发送到聊天, e.g. to 文件传输助手 to open it on a computer) and 复制链接 (valid 1 hour).
import { Button, Text, View } from '@tarojs/components'
import { formatBytes } from '../../../../hooks/exportFile'
import type { ExportResult as Result } from '../../../../hooks/useExports'
import { formatShanghai } from '../../../../shared/time'

export default function ExportResult({ kind, r, onAgain, onCopy }: { kind: string; r: Result | undefined; onAgain: () => void; onCopy: () => void }) {
  if (!r) return null
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <View className='cv-export__result' id={`export-result-${kind}`}>
      <Text className='cv-export__file'>{r.fileName}</Text>
      <Text className='cv-export__meta'>
        {r.rows === 0 ? '没有数据，只有表头' : `${r.rows} 行`} · {formatBytes(r.bytes)} · {formatShanghai(r.at, 'MM-DD HH:mm')} 导出
      </Text>
      <Text className='cv-export__hint'>
        {h5
          ? '文件已开始下载；没有看到时可再次下载。'
          : r.localPath
            ? '可发送到聊天（如文件传输助手），在电脑上用 Excel 打开。'
            : '下载到手机失败，可复制链接在电脑浏览器打开。'}
      </Text>
      <View className='cv-export__actions'>
        {(h5 || r.localPath) && (
          <Button className='cv-btn cv-btn--small cv-export__again' onClick={onAgain}>
            {h5 ? '再次下载' : '发送到聊天'}
          </Button>
        )}
        <Button className='cv-btn cv-btn--small cv-export__copy' onClick={onCopy}>
          复制链接
        </Button>
      </View>
    </View>
  )
}
