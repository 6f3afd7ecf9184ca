import Taro from '@tarojs/taro'
import { Button, Text } from '@tarojs/components'

export interface Entry {
  label: string
  /** Page to open; without one the entry is shown disabled, with `hint` (default 即将开放). */
  url?: string
  hint?: string
}

/** A large entry button for a role's feature. */
export default function EntryButton({ label, url, hint }: Entry) {
  if (!url) {
    return (
      <Button className='cv-btn cv-btn--disabled' disabled>
        <Text>{label}</Text>
        <Text className='cv-btn__hint'>{hint ?? '即将开放'}</Text>
      </Button>
    )
  }
  return (
    <Button className='cv-btn' onClick={() => Taro.navigateTo({ url })}>
      <Text>{label}</Text>
    </Button>
  )
}
