// How an audit entry's before/after reads on the admins' 审计日志 page (src/shared/domain/audit.ts).
import { actionLabel, auditChanges, formatAuditValue } from '../../src/shared/domain/audit'

it('writes statuses and other enumerations in Chinese, by the target type', () => {
  expect(auditChanges({ status: 'pending' }, { status: 'dispatched', volunteerNo: 'HZ-00012' }, 'order')).toEqual([
    { field: 'status', label: '状态', before: '待派单', after: '已派单' },
    { field: 'volunteerNo', label: '志愿者编号', before: null, after: 'HZ-00012' }
  ])
  expect(auditChanges({ status: 'pending' }, { status: 'approved' }, 'volunteer')[0]).toMatchObject({ before: '待审核', after: '已通过' })
  expect(auditChanges(null, { roles: ['resident', 'coordinator'] }, 'user')[0].after).toBe('居民、社区协调员')
})

it('keeps only the changed fields, unless nothing changed', () => {
  expect(auditChanges({ a: 1, b: 2 }, { a: 1, b: 3 }).map((c) => c.field)).toEqual(['b'])
  expect(auditChanges({ a: 1 }, { a: 1 }).map((c) => c.field)).toEqual(['a'])
})

it('shows times in China time, points, opening hours, booleans; masks ID and phone numbers; truncates', () => {
  expect(formatAuditValue('2026-11-23T06:05:00.000Z')).toBe('2026-11-23 14:05')
  expect(formatAuditValue({ longitude: 114.41, latitude: 23.11 })).toBe('经度114.41，纬度23.11')
  expect(
    formatAuditValue([
      { day: 1, from: '09:00', to: '17:00' },
      { day: 7, from: '00:00', to: '24:00' }
    ])
  ).toBe('周一 09:00–17:00、周日 00:00–24:00')
  expect(formatAuditValue(true)).toBe('是')
  expect(formatAuditValue('身份证110101199003074514，电话13912345678')).toBe('身份证1101**********4514，电话139****5678')
  expect(formatAuditValue('长'.repeat(300))!.length).toBe(120)
  expect(actionLabel('timebank.reverse')).toBe('冲正记账')
  expect(actionLabel('unknown.action')).toBe('unknown.action')
})
