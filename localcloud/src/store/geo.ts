// Geo support on top of mingo, which has none: GeoJSON points, spherical distance (haversine, metres) and
// point-in-polygon. Enough for what the SDK emits: $nearSphere/$near, $geoWithin, $geoIntersects, $geoNear.
import { getPath } from './values'

export const EARTH_RADIUS_M = 6378100 // MongoDB's radius for $centerSphere radians ↔ metres

type Position = [number, number]

export function pointOf(value: any): Position | null {
  if (!value) return null
  if (value.type === 'Point' && Array.isArray(value.coordinates)) return [Number(value.coordinates[0]), Number(value.coordinates[1])]
  if (Array.isArray(value) && value.length === 2) return [Number(value[0]), Number(value[1])]
  if (typeof value.longitude === 'number') return [value.longitude, value.latitude]
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

/** Does the stored point lie within the shape? Shapes: $geometry Polygon/MultiPolygon, $centerSphere. */
export function pointWithin(p: Position, shape: any): boolean {
  if (shape.$centerSphere) {
    const [center, radians] = shape.$centerSphere
    return distanceMeters(p, pointOf(center)!) <= radians * EARTH_RADIUS_M
  }
  const g = shape.$geometry
  if (g?.type === 'Polygon') return inPolygon(p, g.coordinates)
  if (g?.type === 'MultiPolygon') return g.coordinates.some((poly: Position[][]) => inPolygon(p, poly))
  throw new Error('unsupported $geoWithin shape')
}

/** Query operators registered into mingo's context. Signature: (field, operand) → predicate on the document. */
export const geoQueryOperators = {
  $geoWithin: (selector: string, value: any) => (doc: any) => {
    const p = pointOf(getPath(doc, selector))
    return p !== null && pointWithin(p, value)
  },
  $geoIntersects: (selector: string, value: any) => (doc: any) => {
    const stored = getPath(doc, selector)
    const g = value.$geometry
    if (!stored || !g) return false
    const p = pointOf(stored)
    if (p) return g.type === 'Point' ? distanceMeters(p, pointOf(g)!) < 0.01 : pointWithin(p, value)
    // A stored area intersects a query point that lies inside it (e.g. "which service zones cover me?").
    const q = g.type === 'Point' ? pointOf(g) : null
    if (q && (stored.type === 'Polygon' || stored.type === 'MultiPolygon')) return pointWithin(q, { $geometry: stored })
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
export function extractNear(filter: any): { rest: any; near: NearSpec | null } {
  if (!filter || typeof filter !== 'object') return { rest: filter, near: null }
  for (const [field, cond] of Object.entries<any>(filter)) {
    const op = cond && typeof cond === 'object' ? cond.$nearSphere ?? cond.$near : undefined
    if (op === undefined) continue
    const rest = { ...filter }
    delete rest[field]
    const geometry = op.$geometry ?? op
    const point = pointOf(geometry)
    if (!point) throw new Error('$nearSphere needs a GeoJSON point')
    return { rest, near: { field, point, maxDistance: op.$maxDistance ?? cond.$maxDistance, minDistance: op.$minDistance ?? cond.$minDistance } }
  }
  return { rest: filter, near: null }
}

/** Fields a filter uses with geo operators anywhere in it (they need a 2dsphere index, as in CloudBase). */
export function geoFields(filter: any, out = new Set<string>()): Set<string> {
  if (Array.isArray(filter)) filter.forEach((f) => geoFields(f, out))
  else if (filter && typeof filter === 'object') {
    for (const [k, v] of Object.entries<any>(filter)) {
      if (k.startsWith('$')) geoFields(v, out)
      else if (v && typeof v === 'object' && ['$nearSphere', '$near', '$geoWithin', '$geoIntersects'].some((op) => op in v)) out.add(k)
    }
  }
  return out
}
