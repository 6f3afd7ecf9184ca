// One mingo context with every standard operator plus our geo query operators.
import { Context } from 'mingo'
import { Query, Aggregator } from 'mingo'
import * as accumulator from 'mingo/operators/accumulator'
import * as expression from 'mingo/operators/expression'
import * as pipeline from 'mingo/operators/pipeline'
import * as projection from 'mingo/operators/projection'
import * as query from 'mingo/operators/query'
import * as windowOps from 'mingo/operators/window'
import { update } from 'mingo/updater'
import { geoQueryOperators } from './geo'

const context = Context.init({
  accumulator: accumulator as any,
  expression: expression as any,
  pipeline: pipeline as any,
  projection: projection as any,
  query: { ...(query as any), ...geoQueryOperators },
  window: windowOps as any
})

export function makeQuery(filter: any): Query {
  return new Query(filter ?? {}, { context })
}

export function runPipeline(docs: any[], stages: any[], resolve: (name: string) => any[]): any[] {
  return new Aggregator(stages, { context, collectionResolver: resolve }).run(docs) as any[]
}

/** Applies update operators in place; returns the modified paths (empty when nothing changed). */
export function applyUpdate(doc: any, modifier: any): string[] {
  return update(doc, modifier, undefined, undefined, { cloneMode: 'deep', queryOptions: { context } })
}
