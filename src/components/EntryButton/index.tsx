import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'

export interface Entry {
  label: string
  /** Page to open; without one the entry is shown as 即将开放 and disabled. */
  url?: string
}

/** A large entry button for a role's feature. */
export default function EntryButton({ label, url }: Entry) {
  if (!url) {
    return (
      <Button className='cv-btn cv-btn--disabled' disabled>
        <Text>{label}</Text>
        <Text className='cv-btn__hint'>即将开放</Text>
      </Button>
    )
  }
  return (
    <Button className='cv-btn' onClick={() => Taro.navigateTo({ url })}>
      <Text>{label}</Text>
    </Button>
  )
}
