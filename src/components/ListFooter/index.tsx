import { Button, Text } from '@tarojs/components'
import LoadState from '../LoadState'

interface PagedList {
  loading: boolean
  error: { message: string } | null
  hasMore: boolean
  reload: () => void
  loadMore: () => void
}

interface Props {
  list: PagedList
  /** How many items are shown; with `empty`, the empty message appears once a load found none. */
  count?: number
  empty?: string
}

/** The end of a paged list (usePagedQuery): the empty message, loading or error with 重试, and 加载更多. */
export default function ListFooter({ list, count, empty }: Props) {
  return (
    <>
      {empty && count === 0 && !list.loading && !list.error && <Text className='cv-empty'>{empty}</Text>}
      <LoadState loading={list.loading} error={list.error} onRetry={list.reload} />
      {list.hasMore && !list.loading && (
        <Button className='cv-btn cv-btn--plain' onClick={list.loadMore}>
          加载更多
        </Button>
      )}
    </>
  )
}
