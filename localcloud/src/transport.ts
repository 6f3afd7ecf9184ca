// Serves wx-server-sdk's database wire protocol (`TcbDBApiHttpRequester.prototype.send(action, params)`)
// from the local store, with CloudBase's reply shapes. Payloads arrive as canonical EJSON strings.
import { parseEjson, toCanonical, type Doc } from './ejson'
import { currentCall } from './context'
import { filterFields, indexFor, pipelineUses } from './indexUse'
import { Engine, type Stats } from './store/engine'
import { DbError, dbErrors } from './store/errors'
import type { Store } from './store/Store'
import { Transactions } from './store/transactions'
import { resolveServerDates } from './store/values'

type Params = Record<string, any>
export type Reply = Record<string, any>

let requestCounter = 0

/** Results of an aggregation without $limit (CloudBase's default). */
const AGGREGATE_DEFAULT_LIMIT = 20
export class LocalDatabase {
  readonly engine: Engine
  readonly tx: Transactions
  /** Totals since start, for tests and the benchmark. */
  readonly totals = { roundTrips: 0, examined: 0, returned: 0, joined: 0 }

  constructor(readonly store: Store) {
    this.engine = new Engine(store)
    this.tx = new Transactions(store)
  }

  /**
   * One SDK round trip. Errors come back as `{ code, message }`, as CloudBase sends them. `uncounted`: a write the
   * local stand-ins make for WeChat services that are not the database (outbox, media-check queue), so the
   * function's round-trip counters stay what CloudBase would charge.
   */
  async handle(action: string, params: Params = {}, opts: { uncounted?: boolean } = {}): Promise<Reply> {
    const stats: Stats = { examined: 0, returned: 0 }
    const requestId = `local-${Date.now().toString(36)}-${(++requestCounter).toString(36)}`
    const started = performance.now()
    try {
      const data = await this.dispatch(action, params, stats)
      return { requestId, ...data }
    } catch (e) {
      if (e instanceof DbError) return { requestId, code: e.code, message: e.message }
      return { requestId, code: 'DATABASE_REQUEST_FAILED', message: `[InvalidParameter] ${(e as Error).message}` }
    } finally {
      if (!opts.uncounted) this.count(action, stats, String(params.collectionName ?? ''), performance.now() - started)
    }
  }

  private count(action: string, stats: Stats, coll: string, ms: number): void {
    this.totals.roundTrips++
    this.totals.examined += stats.examined
    this.totals.returned += stats.returned
    this.totals.joined += stats.joined ?? 0
    const c = currentCall()?.counters
    if (!c) return
    c.roundTrips++
    c.examined += stats.examined
    c.returned += stats.returned
    c.joined += stats.joined ?? 0
    c.byAction[action] = (c.byAction[action] ?? 0) + 1
    c.trips.push({ action, coll, ms })
  }

  private async dispatch(action: string, p: Params, stats: Stats): Promise<Reply> {
    const now = Date.now()
    // Queries, data and stages arrive as EJSON text: a query may be absent (no where), a document never is.
    const ejson = (text: string | undefined) => resolveServerDates(parseEjson<Doc | undefined>(text), now)
    const ejsonDoc = (text: string) => resolveServerDates(parseEjson<Doc>(text), now)
    const coll: string = p.collectionName
    const txId: string | undefined = p.transactionId
    switch (action) {
      case 'database.addCollection':
        this.engine.store.createCollection(coll)
        return {}
      case 'database.startTransaction':
        return { transactionId: this.tx.begin() }
      case 'database.commitTransaction':
        this.tx.commit(p.transactionId)
        return {}
      case 'database.abortTransaction':
        this.tx.abort(p.transactionId)
        return {}
      case 'database.getDocument': {
        const query = ejson(p.query)
        this.noteQuery(coll, 'get', query, txId)
        if (txId) return { data: { list: this.txGet(txId, coll, p, query) } }
        const order = p.order ? (parseEjson(p.order) as Record<string, 1 | -1>) : undefined
        const list = this.engine.find(
          coll,
          query,
          { order, offset: p.offset, limit: p.queryType === 'DOC' ? 1 : (p.limit ?? 100), projection: p.projection ? parseEjson(p.projection) : undefined },
          stats
        )
        return { data: { list: list.map(toCanonical) } }
      }
      case 'database.calculateDocument':
        this.noteQuery(coll, 'count', ejson(p.query), txId)
        return { data: { total: this.engine.count(coll, ejson(p.query), stats) } }
      case 'database.insertDocument': {
        const docs = (p.data as string[]).map(ejsonDoc)
        // In a transaction an existing id is judged on its snapshot (tx.write): one committed by another writer
        // since then is a write conflict, which callers retry (MongoDB: WriteConflict), not a duplicate key.
        const changes = this.engine.planInsert(coll, docs, !!txId)
        if (txId)
          for (const c of changes)
            this.tx.write(txId, coll, c.id, (cur) => {
              if (cur) throw dbErrors.duplicateKey(coll, '_id_', JSON.stringify({ _id: c.id }))
              return c.doc
            })
        else this.engine.store.commit(changes)
        return { data: { insertedIds: changes.map((c) => c.id) } }
      }
      case 'database.modifyDocument':
      case 'database.modifyAndReturnDoc':
        this.noteQuery(coll, 'update', ejson(p.query), txId)
        return this.modify(action, coll, txId, ejson(p.query), ejsonDoc(p.data), p, stats)
      case 'database.removeDocument': {
        const query = ejson(p.query)
        this.noteQuery(coll, 'remove', query, txId)
        if (txId) {
          const id = this.docIdOf(query)
          let deleted = 0
          this.tx.write(txId, coll, id, (cur) => ((deleted = cur ? 1 : 0), null))
          return { data: { deleted } }
        }
        return this.whenUnlocked(
          coll,
          () => this.engine.matchIds(coll, query, p.multi !== false, stats),
          (ids) => {
            this.engine.store.commit(ids.map((id) => ({ coll, id, doc: null })))
            return { data: { deleted: ids.length } }
          }
        )
      }
      case 'database.aggregateDocuments': {
        const stages = (p.stages as Array<{ stageKey: string; stageValue: string }>).map((s) => ({ [s.stageKey]: ejson(s.stageValue) }))
        currentCall()?.counters.queries.push(...pipelineUses(coll, stages, (c) => this.engine.store.indexes(c)))
        // CloudBase answers a pipeline without a $limit stage with its first 20 results (its default limit), so
        // code that forgets $limit sees the same truncated list here as in production.
        const list = this.engine.aggregate(coll, stages, stats)
        const capped = stages.some((s) => '$limit' in s) ? list : list.slice(0, AGGREGATE_DEFAULT_LIMIT)
        return { data: { list: capped.map(toCanonical) } }
      }
      default:
        throw dbErrors.invalid(`unsupported action ${action}`)
    }
  }

  /** Records which declared index serves this query (transactions read by _id only). */
  private noteQuery(coll: string, kind: string, query: Doc | undefined, txId: string | undefined): void {
    const fields = txId ? ['_id'] : filterFields(query)
    currentCall()?.counters.queries.push({ coll, kind, fields, index: indexFor(this.engine.store.indexes(coll), fields) })
  }

  private docIdOf(query: Doc | undefined): string {
    const id = query?._id
    if (typeof id !== 'string' && typeof id !== 'number') throw dbErrors.txWhere()
    return String(id)
  }

  private txGet(txId: string, coll: string, p: Params, query: Doc | undefined): string[] {
    if (p.queryType !== 'DOC') throw dbErrors.txWhere()
    this.engine.store.state(coll)
    const doc = this.tx.read(txId, coll, this.docIdOf(query))
    return doc ? [toCanonical(doc)] : []
  }

  /**
   * Matches ids and applies the write in the same synchronous step (so a conditional update is atomic), waiting
   * first while a transaction holds one of the matched documents (MongoDB blocks such writes too).
   */
  private async whenUnlocked<T>(coll: string, match: () => string[], apply: (ids: string[]) => T): Promise<T> {
    for (;;) {
      const ids = match()
      if (!ids.some((id) => this.tx.isLocked(coll, id))) return apply(ids)
      await this.tx.waitUnlocked(coll, ids)
    }
  }

  private async modify(action: string, coll: string, txId: string | undefined, query: Doc | undefined, data: Doc, p: Params, stats: Stats): Promise<Reply> {
    const merge = p.merge !== false
    if (txId) {
      const id = this.docIdOf(query)
      let updated = 0
      let upsertId: string | null = null
      this.tx.write(txId, coll, id, (cur) => {
        if (!cur && !p.upsert) return null // nothing to update: stays absent
        if (!cur) return ((upsertId = id), Engine.updated({ _id: id }, data, merge).next)
        const { next, changed } = Engine.updated(cur, data, merge, query)
        updated = changed || !merge ? 1 : 0 // a replacement counts even when identical (see applyModify)
        return next
      })
      return { data: { updated, upsert_id: upsertId } }
    }
    const single = p.queryType === 'DOC' || p.multi === false || action === 'database.modifyAndReturnDoc'
    return this.whenUnlocked(
      coll,
      () => this.engine.matchIds(coll, query, !single, stats),
      (ids) => this.applyModify(action, coll, ids, query, data, merge, p)
    )
  }

  private applyModify(action: string, coll: string, ids: string[], query: Doc | undefined, data: Doc, merge: boolean, p: Params): Reply {
    if (ids.length === 0 && p.upsert) {
      const id = query && (typeof query._id === 'string' || typeof query._id === 'number') ? String(query._id) : undefined
      const base = id === undefined ? {} : { _id: id }
      const [change] = this.engine.planInsert(coll, [Engine.updated(base, data, merge).next])
      this.engine.store.commit([change])
      return { data: { updated: 0, upsert_id: change.id } }
    }
    const changes = this.engine.planUpdate(coll, ids, data, merge, query)
    this.engine.store.commit(changes)
    // An update counts the documents it changed (MongoDB's modifiedCount); CloudBase counts a replacement (set())
    // of an existing document as updated even when its content is identical.
    const updated = merge ? changes.length : ids.length
    if (action === 'database.modifyAndReturnDoc') {
      const doc = ids[0] ? this.engine.store.get(coll, ids[0])?.doc : undefined
      return { data: { updated, doc: doc ? toCanonical(doc) : null } }
    }
    return { data: { updated, upsert_id: null } }
  }
}
