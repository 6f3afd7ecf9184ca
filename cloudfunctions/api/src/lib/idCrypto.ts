// ID numbers at rest: AES-256-GCM ciphertext (recoverable only with the key, for certificates) plus a keyed
// HMAC-SHA256 hash (for the one-person-one-record unique index, without storing anything reversible).
// Both keys derive (HKDF) from one master key in env ID_MASTER_KEY (base64, 32 bytes): set it on the function in
// CloudBase; the local cloud generates one per data folder. No key → the action fails closed (INTERNAL).
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'crypto'

const cache = new Map<string, { enc: Buffer; mac: Buffer }>()

function keys(): { enc: Buffer; mac: Buffer } {
  const master = process.env.ID_MASTER_KEY ?? ''
  const hit = cache.get(master)
  if (hit) return hit
  const raw = Buffer.from(master, 'base64')
  if (raw.length !== 32) throw new Error('ID_MASTER_KEY must be 32 bytes, base64-encoded')
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), info, 32))
  const derived = { enc: derive('volunteer-id-number/encrypt/v1'), mac: derive('volunteer-id-number/hash/v1') }
  cache.set(master, derived)
  return derived
}

export function hashIdNumber(number: string): string {
  return createHmac('sha256', keys().mac).update(number).digest('hex')
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function encryptIdNumber(number: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keys().enc, iv)
  const body = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

export function decryptIdNumber(sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1') throw new Error('unknown ID cipher version')
  const decipher = createDecipheriv('aes-256-gcm', keys().enc, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
