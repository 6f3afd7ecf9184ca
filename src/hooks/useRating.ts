// 评价: the resident confirms the service is done and rates it (orders.confirm: 1–5 stars, tags, a comment),
// then goes back to the order, which reloads.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { RATING_TAGS } from '../shared/contracts'
import { useAction } from './useAction'
import { useQuery } from './useQuery'

export type RatingTag = (typeof RATING_TAGS)[number]

export function useRating(orderId: string) {
  const order = useQuery('orders.get', { orderId }, !!orderId)
  const confirm = useAction('orders.confirm', { fields: ['stars', 'tags', 'comment'] })
  const [stars, setStarsState] = useState(0)
  const [tags, setTagsState] = useState<RatingTag[]>([])
  const [comment, setComment] = useState('')
  const { clearField } = confirm

  const setStars = useCallback(
    (n: number) => {
      setStarsState(n)
      clearField('stars')
    },
    [clearField]
  )
  const setTags = useCallback(
    (t: RatingTag[]) => {
      setTagsState(t)
      clearField('tags')
    },
    [clearField]
  )

  const submit = useCallback(async () => {
    const text = comment.trim()
    const done = await confirm.run({ orderId, stars, tags, ...(text ? { comment: text } : {}) })
    if (!done) return
    void Taro.showToast({ title: '感谢您的评价', icon: 'success' })
    setTimeout(() => void Taro.navigateBack(), 600)
  }, [confirm, orderId, stars, tags, comment])

  return {
    order: order.data,
    loading: order.loading,
    error: order.error,
    reload: order.reload,
    stars,
    setStars,
    tags,
    setTags,
    comment,
    setComment,
    submit,
    pending: confirm.pending,
    fieldErrors: confirm.fieldErrors,
    formError: confirm.formError
  }
}
