// 我的地址: where volunteers come to help. The list with 删除, and the form to add one.
import '../resident.css'
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import LoadState from '../../../../components/LoadState'
import { useAddresses } from '../../../../hooks/useAddresses'
import AddressForm from './AddressForm'

export default function AddressBook() {
  const book = useAddresses()
  const [adding, setAdding] = useState(false)

  return (
    <View className='cv-form'>
      <Text className='cv-form__title'>我的地址</Text>
      <LoadState loading={book.loading} error={book.error} onRetry={book.reload} />
      {!book.loading && !book.error && book.addresses.length === 0 && <Text className='cv-empty'>还没有地址，添加后求助时可直接选择</Text>}
      {book.addresses.map((a) => (
        <View key={a.id} className='cv-item'>
          <View className='cv-item__body'>
            <Text className='cv-item__title'>{a.label}</Text>
            <Text className='cv-item__meta'>{a.detail}</Text>
            <Text className='cv-item__meta'>
              {a.contactName} {a.contactPhone}
            </Text>
          </View>
          <Button className='cv-btn cv-btn--small cv-btn--danger' disabled={book.removing === a.id || undefined} onClick={() => void book.remove(a.id)}>
            删除
          </Button>
        </View>
      ))}
      {book.removeError && <Text className='cv-form-error'>{book.removeError}</Text>}
      {adding ? (
        <AddressForm book={book} onDone={() => setAdding(false)} />
      ) : (
        <Button className='cv-btn cv-btn--plain' onClick={() => setAdding(true)}>
          添加地址
        </Button>
      )}
    </View>
  )
}
