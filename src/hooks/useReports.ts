// 随手拍 lists and one report. Lists: mine (filed by me), assigned (dispatched to me) and the community's by status
// with the rectification rate (coordinators). One report (reports.get) with the moves this viewer may make — the
// buttons come from ReportView.moves, computed by the server from the shared transition table. Photos stay hidden
// (图片审核中) until their content check passes; the check answers seconds later, so while any photo is checking
// the report is read again quietly every few seconds, for a while.
import { useCallback, useEffect, useRef } from 'react'
import { callApi } from '../api/client'
import type { ActionOutput, REPORT_STATUSES } from '../shared/contracts'
import { useAction } from './useAction'
import { usePagedQuery } from './usePagedQuery'
import { useQuery } from './useQuery'
import { useReloadOnShow } from './useReloadOnShow'

export type Report = ActionOutput<'reports.get'>
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export type ReportFilter = 'all' | ReportStatus

export const REPORT_PAGES = {
  create: '/packages/resident/pages/report-new/index',
  mine: '/packages/resident/pages/reports/index',
  assigned: '/packages/resident/pages/reports/index?as=assigned',
  detail: (id: string) => `/packages/resident/pages/report/index?id=${encodeURIComponent(id)}`,
  board: '/packages/coordinator/pages/report-board/index'
}

export const REPORT_EVENT_LABELS: Record<Report['events'][number]['kind'], string> = {
  create: '上报问题',
  dispatch: '派单整改',
  rectify: '整改完成',
  close: '验收办结',
  reopen: '重新办理'
}
export const REPORT_ROLE_LABELS: Record<Report['viewer'][number], string> = { reporter: '上报人', assignee: '整改人', coordinator: '协调员' }

const POLL_MS = 2500
const POLL_TIMES = 24 // about a minute; after that the page's 刷新 (or coming back) reads it again

export function useReportList(as: 'mine' | 'assigned' | 'community', filter: ReportFilter = 'all', enabled = true) {
  const list = usePagedQuery('reports.list', filter === 'all' ? { as } : { as, status: filter }, enabled)
  useReloadOnShow(list.reload)
  return list
}

export function useReportStats(enabled = true) {
  const stats = useQuery('reports.stats', {}, enabled)
  useReloadOnShow(stats.reload)
  return stats
}

/** "90.9%" (one decimal, as 惠州 reports it); "—" before the first report. */
export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`
}

const checking = (r: Report | null) => !!r && [...r.photos, ...r.afterPhotos].some((p) => p.status === 'checking')

export function useReport(reportId: string) {
  const query = useQuery('reports.get', { reportId }, !!reportId)
  const { data, setData, reload } = query
  useReloadOnShow(reload)

  // Quiet re-reads while a photo's verdict is awaited (no loading state: the report stays on screen).
  const polls = useRef(0)
  useEffect(() => {
    if (!checking(data) || polls.current >= POLL_TIMES) return undefined
    const timer = setTimeout(() => {
      polls.current += 1
      callApi('reports.get', { reportId }).then(setData, () => undefined)
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [data, reportId, setData])

  const dispatch = useAction('reports.dispatch', { fields: ['volunteerId', 'teamId', 'note'] })
  const rectify = useAction('reports.rectify', { fields: ['photos', 'note'] })
  const close = useAction('reports.close', { fields: ['note'] })
  const reopen = useAction('reports.reopen', { fields: ['reason'] })

  /** The new report on success (and polling starts over for new photos); a refusal reads the report again. */
  const settle = useCallback(
    (r: Report | null): boolean => {
      if (r) {
        polls.current = 0
        setData(r)
      } else reload()
      return !!r
    },
    [setData, reload]
  )

  return {
    report: data,
    loading: query.loading,
    error: query.error,
    reload,
    checking: checking(data),
    dispatch: {
      run: async (to: { volunteerId: string } | { teamId: string }, note: string) =>
        settle(await dispatch.run({ reportId, ...to, ...(note.trim() ? { note: note.trim() } : {}) })),
      pending: dispatch.pending,
      error: dispatch.formError,
      fieldErrors: dispatch.fieldErrors
    },
    rectify: {
      run: async (photos: string[], note: string) => settle(await rectify.run({ reportId, photos, note: note.trim() })),
      pending: rectify.pending,
      error: rectify.formError,
      fieldErrors: rectify.fieldErrors,
      clearField: rectify.clearField
    },
    close: { run: async () => settle(await close.run({ reportId })), pending: close.pending, error: close.formError },
    reopen: {
      run: async (reason: string) => settle(await reopen.run({ reportId, reason: reason.trim() })),
      pending: reopen.pending,
      error: reopen.formError,
      fieldErrors: reopen.fieldErrors,
      clearField: reopen.clearField
    }
  }
}

export type ReportMover = ReturnType<typeof useReport>

/** Whom a coordinator may dispatch to: the community's approved volunteers (paged) and its teams. */
export function useDispatchChoices(enabled: boolean) {
  const volunteers = usePagedQuery('volunteers.list', { status: 'approved' }, enabled)
  const teams = useQuery('teams.list', {}, enabled)
  return { volunteers, teams: teams.data?.teams ?? [], teamsLoading: teams.loading }
}
