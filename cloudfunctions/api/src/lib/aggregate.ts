// wx-server-sdk 4 (@cloudbase/database) runs $lookup sub-pipelines (`aggregate.pipeline()`) and `command.expr()`,
// but its typings declare neither. This is the one place they are given a type, so repos that join with a
// sub-pipeline stay typed instead of each casting the SDK to `any`.
import { db, _ } from './cloud'

/** A $lookup sub-pipeline, built stage by stage and closed with done() (what `pipeline:` takes). */
export interface SubPipeline {
  match(condition: unknown): SubPipeline
  project(projection: Record<string, 0 | 1>): SubPipeline
  sort(order: Record<string, 1 | -1>): SubPipeline
  skip(n: number): SubPipeline
  limit(n: number): SubPipeline
  done(): unknown
}

/** The aggregate operators ($.eq, $.and, …) plus pipeline(). */
export const aggregateOps = db.command.aggregate as typeof db.command.aggregate & { pipeline(): SubPipeline }

/** `{ $expr: … }` for a sub-pipeline's match: compares fields with the $lookup's `let` variables. */
export function expr(aggregateExpression: unknown): unknown {
  return (_ as typeof _ & { expr(e: unknown): unknown }).expr(aggregateExpression)
}
