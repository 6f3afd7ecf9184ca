// Locations: the contracts carry `{ longitude, latitude }`; the database stores GeoJSON points (db.Geo.Point),
// which the 2dsphere indexes need. wx-server-sdk reads them back as Point objects with the same two fields.
import type { Location } from '../../../../src/shared/contracts'
import { db } from './cloud'

export function toGeoPoint(location: Location): unknown {
  return new db.Geo.Point(location.longitude, location.latitude)
}

/** A stored point (SDK Point, or raw GeoJSON) as the contract's location; null when absent. */
export function toLocation(value: unknown): Location | null {
  const v = value as { longitude?: number; latitude?: number; coordinates?: [number, number] } | null | undefined
  if (!v) return null
  if (typeof v.longitude === 'number' && typeof v.latitude === 'number') return { longitude: v.longitude, latitude: v.latitude }
  if (Array.isArray(v.coordinates)) return { longitude: Number(v.coordinates[0]), latitude: Number(v.coordinates[1]) }
  return null
}

/** Great-circle distance in metres (haversine; the 2dsphere index uses the same sphere radius). */
export function distanceMeters(a: Location, b: Location): number {
  const R = 6378100
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}
