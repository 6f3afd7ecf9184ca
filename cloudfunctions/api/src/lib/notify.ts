// Subscribe messages (订阅消息) about orders. A message can only be delivered if the recipient subscribed to the
// template first (the client asks at the natural moment); an unsubscribed recipient (errCode 43101) or any
// other send failure must never fail the order action, so failures are logged (no personal data) and dropped.
import { ORDER_STATUS_LABELS, orderCategoryLabel } from '../../../../src/shared/domain/order'
import { NOTICE_TEMPLATES, type NoticeKind } from '../../../../src/shared/notifications'
import { formatShanghai } from '../../../../src/shared/time'
import type { OrderDoc } from '../repos/orders'
import { cloud } from './cloud'
import { logInternal } from './log'

const TIPS: Record<NoticeKind, string> = {
  dispatched: '社区给您派了一单，请尽快接单',
  accepted: '志愿者已接单，将按约定时间上门',
  checked_in: '志愿者已到达并开始服务',
  completed: '服务已完成，感谢参与',
  escalated: '有求助超时无人接单，请及时调度'
}

/** Sends `kind` about order `o` to each recipient; never throws. */
export async function notify(
  recipients: Array<string | null | undefined>,
  kind: NoticeKind,
  o: Pick<OrderDoc, '_id' | 'category' | 'categoryLabel' | 'status' | 'windowStart'>,
  now: Date
): Promise<void> {
  const page = kind === 'escalated' ? 'packages/coordinator/pages/board/index' : `packages/resident/pages/order/index?id=${o._id}`
  const data = {
    thing1: { value: orderCategoryLabel(o) },
    phrase2: { value: ORDER_STATUS_LABELS[o.status] },
    time3: { value: formatShanghai(kind === 'escalated' ? now : o.windowStart) },
    thing4: { value: TIPS[kind] }
  }
  await Promise.all(
    [...new Set(recipients.filter((r): r is string => !!r))].map(async (touser) => {
      try {
        await cloud.openapi.subscribeMessage.send({ touser, templateId: NOTICE_TEMPLATES[kind], page, data, miniprogramState: 'formal' })
      } catch (e) {
        logInternal({ requestId: `notify-${o._id}`, action: `notify.${kind}`, error: e })
      }
    })
  )
}
