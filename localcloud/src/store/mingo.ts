// One mingo context with every standard operator plus our geo query operators.
import { Context } from 'mingo'
// The base classes, not mingo's index ones: those merge mingo's default operators over ours (first one wins), so
// the MongoDB-faithful replacements of mongoOps.ts would never run.
import { Aggregator } from 'mingo/aggregator'
import { Query } from 'mingo/query'
import * as accumulator from 'mingo/operators/accumulator'
import * as expression from 'mingo/operators/expression'
import * as pipeline from 'mingo/operators/pipeline'
import * as projection from 'mingo/operators/projection'
import * as query from 'mingo/operators/query'
import * as windowOps from 'mingo/operators/window'
import { update } from 'mingo/updater'
import type { AnyObject } from 'mingo/types'
import { geoQueryOperators } from './geo'
import { compileSchema } from './jsonSchema'
import { $elemMatch, $indexOfCP, $substrBytes, $week } from './mongoOps'

// The geo operators are added after the standard ones (names mingo does not have, so nothing is overridden); the
// operators of mongoOps.ts replace mingo's where it departs from MongoDB.
const context = Context.init({
  accumulator,
  expression: { ...expression, $week, $substr: $substrBytes, $substrBytes, $indexOfCP },
  pipeline,
  projection,
  query: { ...query, $elemMatch },
  window: windowOps
}).addQueryOps(geoQueryOperators)

// `$jsonSchema` needs a validator; jsonSchema.ts speaks MongoDB's dialect (draft 4 plus bsonType).
const jsonSchemaValidator = compileSchema

export function makeQuery(filter: AnyObject | null | undefined): Query {
  return new Query(filter ?? {}, { context, jsonSchemaValidator })
}

export function runPipeline(docs: AnyObject[], stages: AnyObject[], resolve: (name: string) => AnyObject[]): AnyObject[] {
  return new Aggregator(stages.flatMap(mongoEquivalent), { context, collectionResolver: resolve, jsonSchemaValidator }).run(docs)
}

const TMP = '__local_tmp'
const lit = (v: unknown) => ({ $literal: v })

/**
 * Two stages where mingo 7.2 departs from MongoDB are rewritten into equivalent standard stages:
 * - $bucket: mingo puts a value equal to a boundary in the bucket below (MongoDB: lower bound inclusive, upper
 *   exclusive) and outputs empty buckets (MongoDB "only produces output documents for buckets that contain at
 *   least one input document"). Rewritten as the $group/$switch MongoDB documents as its equivalent, ordered by
 *   boundary with the default bucket last.
 * - $sample: mingo draws with replacement, so one document can appear several times even when size exceeds the
 *   collection; MongoDB (collection-scan path) sorts randomly and takes the first N distinct documents.
 */
/** The $bucket and $sample operands this reads (pipeline stages arrive as wire JSON; mingo checks the rest). */
interface BucketSpec {
  groupBy: unknown
  boundaries?: unknown[]
  default?: unknown
  output?: AnyObject
}
function mongoEquivalent(stage: AnyObject): AnyObject[] {
  if (stage?.$bucket) {
    const { groupBy, boundaries, default: otherwise, output } = stage.$bucket as BucketSpec
    const bounds: unknown[] = boundaries ?? []
    if (bounds.length < 2) throw new Error('$bucket requires at least two boundaries')
    const branches = bounds
      .slice(0, -1)
      .map((b, i) => ({ case: { $and: [{ $gte: [groupBy, lit(b)] }, { $lt: [groupBy, lit(bounds[i + 1])] }] }, then: lit(b) }))
    const order = bounds.slice(0, -1).map((b, i) => ({ case: { $eq: ['$_id', lit(b)] }, then: i }))
    return [
      { $group: { _id: { $switch: otherwise === undefined ? { branches } : { branches, default: lit(otherwise) } }, ...(output ?? { count: { $sum: 1 } }) } },
      { $addFields: { [TMP]: { $switch: { branches: order, default: bounds.length } } } },
      { $sort: { [TMP]: 1 } },
      { $project: { [TMP]: 0 } }
    ]
  }
  if (stage?.$sample) {
    return [
      { $addFields: { [TMP]: { $rand: {} } } },
      { $sort: { [TMP]: 1 } },
      { $limit: Number((stage.$sample as { size?: unknown }).size) },
      { $project: { [TMP]: 0 } }
    ]
  }
  return [stage]
}

/**
 * Applies update operators in place; returns the modified paths (empty when nothing changed).
 * `condition` is the update's query: MongoDB's positional `arr.$` resolves to the first element the query
 * matched, which mingo can only find when given the query (without it every `.$` update was refused).
 */
export function applyUpdate(doc: AnyObject, modifier: AnyObject, condition?: AnyObject): string[] {
  return update(doc, modifier, undefined, condition, { cloneMode: 'deep', queryOptions: { context, jsonSchemaValidator } })
}
