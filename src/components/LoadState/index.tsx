import { Button, Text, View } from '@tarojs/components'

interface Props {
  loading: boolean
  error: { message: string } | null
  onRetry: () => void
}

/** Loading and error states in Chinese; renders nothing once there is data. */
export default function LoadState({ loading, error, onRetry }: Props) {
  if (error) {
    return (
      <View className='cv-state'>
        <Text className='cv-state__text cv-state__text--error'>{error.message}</Text>
        <Button className='cv-btn cv-btn--small' onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  if (loading) {
    return (
      <View className='cv-state'>
        <Text className='cv-state__text'>正在加载…</Text>
      </View>
    )
  }
  return null
}
