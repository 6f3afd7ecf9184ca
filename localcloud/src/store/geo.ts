// Geo support on top of mingo, which has none: GeoJSON points, spherical distance (haversine, metres) and
// point-in-polygon. Enough for what the SDK emits: $nearSphere/$near, $geoWithin, $geoIntersects, $geoNear.
import { getPath, isObject } from './values'

export const EARTH_RADIUS_M = 6378100 // MongoDB's radius for $centerSphere radians ↔ metres

type Position = [number, number]

/** Query operands and stored values arrive as wire JSON: read as objects whose fields are yet to be checked. */
type Loose = Record<string, unknown>

/** A GeoJSON Point, a [lng, lat] pair or a { longitude, latitude } object; null for anything else. */
export function pointOf(value: unknown): Position | null {
  if (!isObject(value)) return null
  if (value.type === 'Point' && Array.isArray(value.coordinates)) return [Number(value.coordinates[0]), Number(value.coordinates[1])]
  if (Array.isArray(value) && value.length === 2) return [Number(value[0]), Number(value[1])]
  // latitude unchecked, as before: a stored { longitude } without a number latitude is not a shape the SDK writes
  if (typeof value.longitude === 'number') return [value.longitude, value.latitude as number]
  return null
}

export function distanceMeters(a: Position, b: Position): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function inPolygon(p: Position, rings: Position[][]): boolean {
  if (!inRing(p, rings[0])) return false
  return !rings.slice(1).some((hole) => inRing(p, hole))
}

/** A $geoWithin / $geoIntersects operand (or a stored area) as the SDK sends it. */
interface GeoShape {
  $centerSphere?: [unknown, number]
  $geometry?: { type: 'Point' | 'Polygon' | 'MultiPolygon' | string; coordinates: unknown }
}

/** Does the stored point lie within the shape? Shapes: $geometry Polygon/MultiPolygon, $centerSphere. */
export function pointWithin(p: Position, shape: GeoShape): boolean {
  if (shape.$centerSphere) {
    const [center, radians] = shape.$centerSphere
    return distanceMeters(p, pointOf(center)!) <= radians * EARTH_RADIUS_M
  }
  const g = shape.$geometry
  if (g?.type === 'Polygon') return inPolygon(p, g.coordinates as Position[][])
  if (g?.type === 'MultiPolygon') return (g.coordinates as Position[][][]).some((poly) => inPolygon(p, poly))
  throw new Error('unsupported $geoWithin shape')
}

/**
 * Query operators registered into mingo's context. Signature: (field, operand, mingo's options — unused) →
 * predicate on the document. The operand is whatever the query holds there, declared as the GeoShape it should be.
 */
export const geoQueryOperators = {
  $geoWithin: (selector: string, shape: GeoShape, _options?: unknown) => (doc: unknown) => {
    const p = pointOf(getPath(doc, selector))
    return p !== null && pointWithin(p, shape)
  },
  $geoIntersects: (selector: string, shape: GeoShape, _options?: unknown) => (doc: unknown) => {
    const stored = getPath(doc, selector)
    const g = shape.$geometry
    if (!stored || !g) return false
    const p = pointOf(stored)
    if (p) return g.type === 'Point' ? distanceMeters(p, pointOf(g)!) < 0.01 : pointWithin(p, shape)
    // A stored area intersects a query point that lies inside it (e.g. "which service zones cover me?").
    const q = g.type === 'Point' ? pointOf(g) : null
    if (q && isObject(stored) && (stored.type === 'Polygon' || stored.type === 'MultiPolygon'))
      return pointWithin(q, { $geometry: stored as GeoShape['$geometry'] })
    return false // other shape pairs (lines, polygon × polygon) are not modelled locally
  }
}

export interface NearSpec {
  field: string
  point: Position
  maxDistance?: number
  minDistance?: number
}

/**
 * Pulls a top-level `{ field: { $nearSphere | $near: ... } }` out of a filter: mingo cannot evaluate it, and it
 * also defines the result order (nearest first), so the store applies it after the rest of the filter.
 */
export function extractNear<F extends Loose | null | undefined>(filter: F): { rest: F; near: NearSpec | null } {
  if (!isObject(filter)) return { rest: filter, near: null }
  for (const [field, cond] of Object.entries(filter)) {
    const op: unknown = isObject(cond) ? (cond.$nearSphere ?? cond.$near) : undefined
    if (op === undefined || !isObject(cond)) continue
    const rest = { ...filter }
    delete rest[field]
    const nearOp = isObject(op) ? op : {}
    const geometry = nearOp.$geometry ?? op
    const point = pointOf(geometry)
    if (!point) throw new Error('$nearSphere needs a GeoJSON point')
    const bound = (k: '$maxDistance' | '$minDistance') => (nearOp[k] ?? cond[k]) as number | undefined
    return { rest, near: { field, point, maxDistance: bound('$maxDistance'), minDistance: bound('$minDistance') } }
  }
  return { rest: filter, near: null }
}

/** Fields a filter uses with geo operators anywhere in it (they need a 2dsphere index, as in CloudBase). */
export function geoFields(filter: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(filter)) filter.forEach((f) => geoFields(f, out))
  else if (isObject(filter)) {
    for (const [k, v] of Object.entries(filter)) {
      if (k.startsWith('$')) geoFields(v, out)
      else if (isObject(v) && ['$nearSphere', '$near', '$geoWithin', '$geoIntersects'].some((op) => op in v)) out.add(k)
    }
  }
  return out
}
