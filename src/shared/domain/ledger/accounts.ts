// Time-bank accounts, in integer minutes. Every member has one account (by OPENID, wherever they live); each
// community has an issuing account (it mints hours for public service, so its balance is minus what it has
// issued), a public pool 公益池 (pays for priority residents) and a donation pool (gifts and storage-cap overflow).
// Invariant of the whole ledger: the balances of all accounts sum to zero.
export const ACCOUNT_KINDS = ['member', 'issuing', 'pool', 'donation'] as const
export type AccountKind = (typeof ACCOUNT_KINDS)[number]

export const accountId = {
  member: (openid: string) => `member:${openid}`,
  issuing: (communityId: string) => `issuing:${communityId}`,
  pool: (communityId: string) => `pool:${communityId}`,
  donation: (communityId: string) => `donation:${communityId}`
}

export function kindOf(id: string): AccountKind {
  const kind = id.slice(0, id.indexOf(':'))
  if (!(ACCOUNT_KINDS as readonly string[]).includes(kind)) throw new Error(`not an account id: ${id}`)
  return kind as AccountKind
}

/** Only the issuing account may go below zero: it is where hours come from. */
export function mayGoNegative(id: string): boolean {
  return kindOf(id) === 'issuing'
}

export const ACCOUNT_LABELS: Record<AccountKind, string> = { member: '个人账户', issuing: '社区发行账户', pool: '社区公益池', donation: '捐赠池' }
