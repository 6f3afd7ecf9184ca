import { Text, View } from '@tarojs/components'

/** One label–value line of 订单详情. */
export function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='cv-kv'>
      <Text className='cv-kv__label'>{label}</Text>
      <Text className='cv-kv__value'>{value}</Text>
    </View>
  )
}
