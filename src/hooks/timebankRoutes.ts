// Where the time-bank, record and certificate pages live. Every member has a time-bank account (residents spend,
// volunteers earn), so 我的时间银行 and 转赠 sit in the resident subpackage with the public 证明核验; records and
// certificates are the volunteer's; 调账与记录 is the coordinator's.
export const TIMEBANK_PAGES = {
  account: '/packages/resident/pages/timebank/index',
  transfer: '/packages/resident/pages/transfer/index',
  verify: (number?: string, code?: string) =>
    `/packages/resident/pages/verify/index${number ? `?number=${encodeURIComponent(number)}${code ? `&code=${encodeURIComponent(code)}` : ''}` : ''}`,
  records: '/packages/volunteer/pages/records/index',
  certificateNew: '/packages/volunteer/pages/certificate-new/index',
  certificate: (number: string) => `/packages/volunteer/pages/certificate/index?number=${encodeURIComponent(number)}`,
  ledger: '/packages/coordinator/pages/ledger/index'
}
