// 审计日志 (admins): the audit log newest first, paged (audit.list), with filters by time range and by what the
// admin taps on an entry — its action, its actor or its community. Filters are plain state; the list reloads
// whenever they change (usePagedQuery compares the input by value).
import { useMemo, useState } from 'react'
import type { ActionInput } from '../shared/contracts'
import { shanghaiDay } from '../shared/time'
import { usePagedQuery } from './usePagedQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type AuditRange = 'today' | 'week' | 'month' | 'all'
export const AUDIT_RANGES: { value: AuditRange; label: string }[] = [
  { value: 'today', label: '今天' },
  { value: 'week', label: '近7天' },
  { value: 'month', label: '近30天' },
  { value: 'all', label: '全部' }
]
const DAYS: Record<Exclude<AuditRange, 'all'>, number> = { today: 1, week: 7, month: 30 }

/** A filter picked from an entry: the value sent and the Chinese text shown on its chip. */
export interface Picked {
  value: string
  label: string
}
export interface AuditFilters {
  range: AuditRange
  action: Picked | null
  actor: Picked | null
  community: Picked | null
}
const NONE: AuditFilters = { range: 'week', action: null, actor: null, community: null }

export function auditInput(f: AuditFilters, now: Date): Omit<ActionInput<'audit.list'>, 'offset' | 'limit'> {
  return {
    ...(f.range !== 'all' ? { fromDay: shanghaiDay(now.getTime() - (DAYS[f.range] - 1) * 86400000) } : {}),
    ...(f.action ? { action: f.action.value } : {}),
    ...(f.actor ? { actorId: f.actor.value } : {}),
    ...(f.community ? { communityId: f.community.value } : {})
  }
}

export function useAuditLog(enabled: boolean) {
  const [filters, setFilters] = useState<AuditFilters>(NONE)
  // The day the range starts is fixed when the filters change, not on every render (a stable input).
  const input = useMemo(() => auditInput(filters, new Date()), [filters])
  const list = usePagedQuery('audit.list', input, enabled)
  useReloadOnShow(list.reload)
  const set = (patch: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...patch }))
  return { list, filters, set, clear: () => setFilters({ ...NONE, range: filters.range }) }
}
