// The service time window a resident asks for: it must end in the future, start before it ends, lie within the
// next 30 days and span at most 7 days (a longer need is a project, not an order).
import { AppError } from '../../../../../src/shared/errors'

const DAY = 86400000

export function assertWindow(startIso: string, endIso: string, now: Date): { start: Date; end: Date } {
  const start = new Date(startIso)
  const end = new Date(endIso)
  if (end.getTime() <= start.getTime()) throw new AppError('WINDOW_INVALID', { windowEnd: '结束时间应晚于开始时间' })
  if (end.getTime() <= now.getTime()) throw new AppError('WINDOW_INVALID', { windowEnd: '服务时间已过，请重新选择' })
  if (start.getTime() > now.getTime() + 30 * DAY) throw new AppError('WINDOW_INVALID', { windowStart: '只能预约30天内的服务' })
  if (end.getTime() - start.getTime() > 7 * DAY) throw new AppError('WINDOW_INVALID', { windowEnd: '服务时间跨度不能超过7天' })
  return { start, end }
}
