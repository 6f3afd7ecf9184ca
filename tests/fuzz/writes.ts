// The documented effect of each action, as the collections a successful call may write (from the issue texts and
// the contracts' comments; an empty list = a read). The bad-input suite fails when a hostile-but-valid input
// makes an action write anywhere else.
import type { ActionName } from '../../src/shared/contracts'

const ORDER = ['orders', 'stats_rollups', 'audit_logs']
const SETTLE = [...ORDER, 'ledger_accounts', 'ledger_postings', 'ledger_entries', 'service_records', 'record_totals', 'points_accounts', 'points_entries', 'stats_drift']
const LEDGER = ['ledger_accounts', 'ledger_postings', 'ledger_entries', 'audit_logs', 'stats_rollups']
const REPORT = ['reports', 'report_stats', 'stats_rollups', 'audit_logs']
const RECORDS = ['service_records', 'record_totals', 'points_accounts', 'points_entries', 'stats_rollups', 'stats_drift', 'audit_logs']

export const WRITES: Record<ActionName, string[]> = {
  'system.ping': [], 'users.me': [], 'addresses.list': [], 'volunteers.me': [], 'volunteers.list': [], 'teams.list': [], 'family.list': [], 'catalog.list': [],
  'orders.get': [], 'orders.listMine': [], 'orders.pool': [], 'orders.candidates': [], 'orders.board': [],
  'timebank.account': [], 'timebank.statement': [], 'records.list': [], 'records.corrections': [], 'certificates.list': [], 'certificates.verify': [],
  'projects.list': [], 'projects.get': [], 'reports.list': [], 'reports.get': [], 'reports.stats': [], 'stats.dashboard': [],
  'stations.nearby': [], 'stations.list': [], 'stations.coverage': [], 'points.account': [], 'rewards.list': [], 'rewards.redemptions': [], 'communities.nearby': [],
  // Exports write a file to storage and an audit line, never a document of the community's data.
  'exports.volunteers': ['audit_logs'], 'exports.records': ['audit_logs'], 'exports.monthlySummary': ['audit_logs'],
  'users.updateProfile': ['users'], 'users.bindPhone': ['users'],
  'communities.create': ['communities', 'audit_logs'], 'communities.join': ['users', 'audit_logs'], 'communities.appointCoordinator': ['users', 'audit_logs'],
  'communities.updateRules': ['communities', 'audit_logs'], 'communities.updateCertificateInfo': ['communities', 'audit_logs'],
  'addresses.add': ['addresses', 'counters'], 'addresses.remove': ['addresses'],
  'volunteers.register': ['volunteers', 'audit_logs'], 'volunteers.review': ['volunteers', 'users', 'counters', 'audit_logs', 'stats_rollups'], 'volunteers.setInsurance': ['volunteers', 'audit_logs'],
  'teams.create': ['teams', 'audit_logs'], 'teams.join': ['team_members', 'teams'], 'teams.leave': ['team_members', 'teams'],
  'family.link': ['family_links'], 'family.confirm': ['family_links'], 'family.approve': ['family_links', 'audit_logs'],
  'catalog.upsert': ['communities', 'audit_logs'],
  'orders.create': [...ORDER, 'counters', 'ledger_accounts', 'ledger_postings', 'ledger_entries'], 'orders.grab': ORDER, 'orders.dispatch': ORDER, 'orders.reassign': ORDER, 'orders.accept': ORDER,
  'orders.decline': ORDER, 'orders.checkIn': ORDER, 'orders.checkOut': ORDER, 'orders.confirm': SETTLE, 'orders.dispute': SETTLE, 'orders.resolve': SETTLE, 'orders.cancel': SETTLE,
  'timebank.transfer': LEDGER, 'timebank.donate': LEDGER, 'timebank.adjust': LEDGER, 'timebank.reverse': LEDGER,
  'records.requestCorrection': ['service_records', 'audit_logs'], 'records.correct': RECORDS, 'records.addHonorary': RECORDS,
  'certificates.issue': ['certificates', 'counters', 'audit_logs'],
  'projects.declare': ['projects', 'audit_logs'], 'projects.review': ['projects', 'audit_logs'], 'projects.signUp': ['projects', 'project_signups'], 'projects.cancelSignUp': ['projects', 'project_signups'],
  'projects.attendance': ['projects', 'project_signups', 'audit_logs'], 'projects.complete': ['projects', 'project_signups', ...RECORDS], 'projects.evaluate': ['projects', 'audit_logs'],
  'reports.create': REPORT, 'reports.dispatch': REPORT, 'reports.rectify': REPORT, 'reports.close': REPORT, 'reports.reopen': REPORT,
  'stations.upsert': ['stations', 'audit_logs'],
  'points.updateRate': ['points_settings', 'audit_logs'],
  'rewards.upsert': ['rewards', 'audit_logs'], 'rewards.redeem': ['rewards', 'reward_redemptions', 'points_accounts', 'points_entries'], 'rewards.fulfil': ['reward_redemptions', 'audit_logs'],
  // Consent: its append-only record and the user's `consent` (a brand-new caller's user document is created).
  'me.consent': ['consents', 'users'],
  // 我的数据 and 注销: the export's audit entry (its file is in storage); the deletion request and its audit entry.
  'me.export': ['audit_logs'], 'me.deletionStatus': [], 'me.requestDeletion': ['account_deletions', 'audit_logs'], 'me.cancelDeletion': ['account_deletions', 'audit_logs'],
  'audit.list': []
}
