// Transactions as CloudBase runs them (MongoDB underneath):
// - reads see the snapshot taken at start, plus the transaction's own writes;
// - the first write to a document locks it; a write by another transaction to a locked document, or to one
//   committed by anybody after this transaction's snapshot, fails at once with a write conflict (-501001 in
//   wx-server-sdk) — no waiting, no retry at the operation;
// - commit applies every staged write atomically; abort (or a 30 s timeout) discards them.
// Writes outside any transaction that hit a locked document wait until the lock is released, as in MongoDB.
import { randomBytes } from 'crypto'
import type { Doc } from '../ejson'
import { dbErrors } from './errors'
import type { Change, Rec, Store } from './Store'

interface Tx {
  id: string
  snapshot: number
  staged: Map<string, Change>
  /** Unique keys claimed by staged writes (Store.mayClash): only a possible clash pays for a full check. */
  uniq: Map<string, string>
  timer: NodeJS.Timeout
}

const TX_LIFETIME_MS = 30_000
const WAIT_LIMIT_MS = 5_000
const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`

export class Transactions {
  private txs = new Map<string, Tx>()
  private locks = new Map<string, string>()
  private history = new Map<string, Array<{ seq: number; prev: Rec | undefined }>>()
  private waiters: Array<() => void> = []

  constructor(private store: Store) {
    store.onCommit = (changes) => {
      if (this.txs.size === 0) return // nobody needs old versions
      for (const c of changes) {
        const key = keyOf(c.coll, c.id)
        this.history.set(key, [...(this.history.get(key) ?? []), { seq: c.seq, prev: c.prev }])
      }
    }
  }

  get openCount(): number {
    return this.txs.size
  }

  begin(): string {
    const id = randomBytes(12).toString('hex')
    const timer = setTimeout(() => this.end(id), TX_LIFETIME_MS)
    timer.unref()
    this.txs.set(id, { id, snapshot: this.store.currentSeq(), staged: new Map(), uniq: new Map(), timer })
    return id
  }

  private tx(id: string): Tx {
    const tx = this.txs.get(id)
    if (!tx) throw dbErrors.txNotFound(id)
    return tx
  }

  /** The document as this transaction sees it (undefined if absent). */
  read(txId: string, coll: string, id: string): Doc | undefined {
    const tx = this.tx(txId)
    const key = keyOf(coll, id)
    const staged = tx.staged.get(key)
    if (staged) return staged.doc ?? undefined
    const later = (this.history.get(key) ?? []).find((h) => h.seq > tx.snapshot)
    return later ? later.prev?.doc : this.store.get(coll, id)?.doc
  }

  /** Stages a write computed from the transaction's view; fails at once on a conflict. */
  write(txId: string, coll: string, id: string, compute: (current: Doc | undefined) => Doc | null): void {
    const tx = this.tx(txId)
    this.store.state(coll) // collection must exist
    const key = keyOf(coll, id)
    const owner = this.locks.get(key)
    if (owner && owner !== txId) throw dbErrors.conflict()
    if (!owner && (this.history.get(key) ?? []).some((h) => h.seq > tx.snapshot)) throw dbErrors.conflict()
    const next = compute(this.read(txId, coll, id))
    const change: Change = { coll, id, doc: next }
    if (this.store.mayClash(change, tx.uniq)) this.store.checkUnique([...tx.staged.values(), change])
    this.locks.set(key, txId)
    tx.staged.set(key, change)
  }

  commit(txId: string): void {
    const tx = this.tx(txId)
    try {
      // Another transaction may have committed the same unique key since our operation-time check.
      try {
        this.store.checkUnique([...tx.staged.values()])
      } catch {
        throw dbErrors.conflict()
      }
      this.store.commit([...tx.staged.values()])
    } finally {
      this.end(txId)
    }
  }

  abort(txId: string): void {
    this.tx(txId)
    this.end(txId)
  }

  private end(txId: string): void {
    const tx = this.txs.get(txId)
    if (!tx) return
    clearTimeout(tx.timer)
    for (const key of tx.staged.keys()) if (this.locks.get(key) === txId) this.locks.delete(key)
    this.txs.delete(txId)
    if (this.txs.size === 0) this.history.clear()
    const waiting = this.waiters
    this.waiters = []
    waiting.forEach((wake) => wake())
  }

  isLocked(coll: string, id: string): boolean {
    return this.locks.has(keyOf(coll, id))
  }

  /** Resolves once none of the documents is locked by a transaction (or fails after 5 s). */
  async waitUnlocked(coll: string, ids: string[]): Promise<void> {
    const deadline = Date.now() + WAIT_LIMIT_MS
    while (ids.some((id) => this.isLocked(coll, id))) {
      if (Date.now() > deadline) throw dbErrors.conflict()
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50)
        this.waiters.push(() => {
          clearTimeout(t)
          resolve()
        })
      })
    }
  }
}
