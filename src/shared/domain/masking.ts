// How contact details are shown where only a glimpse is needed (lists, the audit log): enough to tell people apart,
// not enough to reach or find them. Pure; the server (lib/phone.ts) and the pages use the same rules.

/** 13800138000 → 138****8000 (the first three and last four digits; shorter numbers keep the last four). */
export function maskPhone(phone: string): string {
  if (phone.length >= 11) return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
  return `${'*'.repeat(Math.max(phone.length - 4, 0))}${phone.slice(-4)}`
}

/**
 * 文昌路12号2栋101 → 文昌路**** , 文华苑8栋502 → 文华苑**** : the street or estate name — up to the first 号/路/街/巷/村/
 * 小区, else up to the first digit — and never more than half the address, so no building or door number shows.
 */
export function maskAddress(address: string): string {
  const half = Math.ceil(address.length / 2)
  const road = /^.*?(号|路|街|巷|村|小区)/.exec(address)?.[0] ?? ''
  const name = /^[^\d０-９]+/.exec(address)?.[0] ?? ''
  const keep = [road, name].map((p) => p.length).find((n) => n > 0 && n <= half) ?? Math.min(2, half)
  return `${address.slice(0, keep)}****`
}
