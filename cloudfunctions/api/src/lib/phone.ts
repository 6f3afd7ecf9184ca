// Phone numbers bound through WeChat's getPhoneNumber. The user document keeps the number (the user's own
// contact, needed to reach them) plus `phoneHash`: a keyed HMAC-SHA256 that other collections and lookups
// (index users.phone_hash) can hold instead of a copy of the number. Keyed, because 11-digit numbers are few
// enough to enumerate an unkeyed hash. The key derives (HKDF) from ID_MASTER_KEY with its own label, so it is
// independent of the ID-number keys; no key → fails closed (INTERNAL).
import { createHmac, hkdfSync } from 'crypto'

let cached: { master: string; key: Buffer } | null = null

function key(): Buffer {
  const master = process.env.ID_MASTER_KEY ?? ''
  if (cached?.master === master) return cached.key
  const raw = Buffer.from(master, 'base64')
  if (raw.length !== 32) throw new Error('ID_MASTER_KEY must be 32 bytes, base64-encoded')
  cached = { master, key: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'user-phone/hash/v1', 32)) }
  return cached.key
}

export function hashPhone(phone: string): string {
  return createHmac('sha256', key()).update(phone).digest('hex')
}

// One masking rule for the server and the pages.
export { maskPhone } from '../../../../src/shared/domain/masking'
