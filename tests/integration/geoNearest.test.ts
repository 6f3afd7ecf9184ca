// $geoNear followed by $limit k (orders.candidates: the nearest eligible volunteers; orders.pool) is served by
// growing rings over the 2dsphere point table (localcloud/src/store/engine.ts ringSearch) rather than by reading
// every candidate. Counts, never wall time: the answer must equal the exhaustive one, and `examined` must stay near
// k when points are dense.
import fs from 'fs'
import os from 'os'
import path from 'path'
import fc from 'fast-check'
import { Engine, type Stats } from '../../localcloud/src/store/engine'
import { distanceMeters } from '../../localcloud/src/store/geo'
import { Store } from '../../localcloud/src/store/Store'

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geo-nearest-')), 'db.sqlite')
const stats = (): Stats => ({ examined: 0, returned: 0 })
const CENTER: [number, number] = [114.4, 23.1] // 惠州
const point = (p: [number, number]) => ({ type: 'Point', coordinates: p })

function storeWith(points: Array<{ at: [number, number] | null; kind: string }>): Store {
  const store = new Store(tmp())
  store.createCollection('v')
  store.createIndex('v', { name: 'loc', fields: [{ field: 'loc', order: '2dsphere' }] })
  // A query on kind has an indexed part: up to 2000 ids of it restrict the rings (engine.ts RING_ONLY).
  store.createIndex('v', { name: 'kind', fields: [{ field: 'kind', order: 1 }] })
  store.commit(points.map((p, i) => ({ coll: 'v', id: `v${i}`, doc: { _id: `v${i}`, kind: p.kind, ...(p.at ? { loc: point(p.at) } : {}) } })))
  return store
}

/** Offsets in degrees: a tight cluster, a town, a province, and the far side of the world. */
const spreadArb = fc.constantFrom(0.001, 0.02, 1, 120)
const pointsArb = spreadArb.chain((spread) =>
  fc.array(
    fc.record({
      at: fc.option(
        fc
          .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
          .map(
            ([x, y]) => [Math.max(-180, Math.min(180, CENTER[0] + x * spread)), Math.max(-89, Math.min(89, CENTER[1] + y * spread * 0.5))] as [number, number]
          ),
        { freq: 8 }
      ),
      kind: fc.constantFrom('a', 'b', 'c')
    }),
    { minLength: 0, maxLength: 150 }
  )
)

describe('the k nearest by rings equal the exhaustive answer', () => {
  it('for random points, queries, k and maximum distances', () => {
    fc.assert(
      fc.property(
        pointsArb,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(undefined, { kind: 'a' }, { kind: { $in: ['a', 'b'] } }),
        fc.constantFrom(undefined, 50, 3000, 500_000),
        (points, k, query, maxDistance) => {
          const store = storeWith(points)
          try {
            const spec = { near: point(CENTER), distanceField: 'd', spherical: true, ...(query ? { query } : {}), ...(maxDistance ? { maxDistance } : {}) }
            const got = new Engine(store).aggregate('v', [{ $geoNear: spec }, { $limit: k }], stats())
            const expected = points
              .map((p, i) => ({ id: `v${i}`, p }))
              .filter(
                ({ p }) => p.at && (!query || (typeof query.kind === 'string' ? p.kind === query.kind : (query.kind.$in as readonly string[]).includes(p.kind)))
              )
              .map(({ id, p }) => ({ id, d: distanceMeters(p.at!, CENTER) }))
              .filter((x) => maxDistance === undefined || x.d <= maxDistance)
              .sort((a, b) => a.d - b.d)
              .slice(0, k)
            // Equal distances may come in either order: compare the distances, and the ids short of the last one.
            expect(got.map((g) => g.d)).toEqual(expected.map((e) => e.d))
            const last = expected.length ? expected[expected.length - 1].d : 0
            expect(
              got
                .filter((g) => g.d < last)
                .map((g) => g._id)
                .sort()
            ).toEqual(
              expected
                .filter((e) => e.d < last)
                .map((e) => e.id)
                .sort()
            )
          } finally {
            store.close()
          }
        }
      ),
      { numRuns: 150 }
    )
  })
})

it("does not stop at a ring's corner: a match in the box but outside the circle may not be the nearest", () => {
  const m = 1 / 111_195 // degrees of latitude per metre
  const lngPerM = m / Math.cos((CENTER[1] * Math.PI) / 180)
  // Rings of 32 m, then 64 m: the 64 m box holds a point 60 m east and 60 m north (85 m away, outside the circle),
  // while a point 70 m due south lies outside that box and is nearer.
  const store = storeWith([
    { at: [CENTER[0] + 60 * lngPerM, CENTER[1] + 60 * m], kind: 'a' },
    { at: [CENTER[0], CENTER[1] - 70 * m], kind: 'a' }
  ])
  try {
    const got = new Engine(store).aggregate('v', [{ $geoNear: { near: point(CENTER), distanceField: 'd', spherical: true } }, { $limit: 1 }], stats())
    expect(got.map((g) => g._id)).toEqual(['v1'])
    expect(got[0].d).toBeCloseTo(70, 0)
  } finally {
    store.close()
  }
})

describe('20 000 volunteers within 2 km', () => {
  let seed = 7
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  const points = Array.from({ length: 20_000 }, (_, i) => ({
    at: [CENTER[0] + (rand() - 0.5) * 0.04, CENTER[1] + (rand() - 0.5) * 0.036] as [number, number],
    kind: i % 10 === 0 ? 'b' : 'a'
  }))
  const store = storeWith(points)
  afterAll(() => store.close())

  it('finds the 20 nearest by reading a few hundred of them, not all', () => {
    const s = stats()
    const got = new Engine(store).aggregate(
      'v',
      [{ $geoNear: { near: point(CENTER), distanceField: 'd', spherical: true, query: { kind: 'a' } } }, { $limit: 20 }],
      s
    )
    expect(got).toHaveLength(20)
    expect(s.examined).toBeLessThan(1000)
    const nearest = points
      .filter((p) => p.kind === 'a')
      .map((p) => distanceMeters(p.at, CENTER))
      .sort((a, b) => a - b)
      .slice(0, 20)
    expect(got.map((g) => g.d)).toEqual(nearest)
  })

  it('reads only the documents of a selective indexed part: the 2 000 of kind b, nearest first', () => {
    const s = stats()
    const got = new Engine(store).aggregate(
      'v',
      [{ $geoNear: { near: point(CENTER), distanceField: 'd', spherical: true, query: { kind: 'b' } } }, { $limit: 20 }],
      s
    )
    const nearest = points
      .filter((p) => p.kind === 'b')
      .map((p) => distanceMeters(p.at, CENTER))
      .sort((a, b) => a - b)
      .slice(0, 20)
    expect(got.map((g) => g.d)).toEqual(nearest)
    expect(s.examined).toBeLessThan(200)
  })

  it('falls back to reading what the query allows when the rings meet too few matches', () => {
    const s = stats()
    // A query the index cannot narrow ($nin) that matches nobody: the rings give up after their budget and the
    // plain read answers — still exactly (empty).
    expect(
      new Engine(store).aggregate(
        'v',
        [{ $geoNear: { near: point(CENTER), distanceField: 'd', spherical: true, query: { kind: { $nin: ['a', 'b'] } } } }, { $limit: 20 }],
        s
      )
    ).toEqual([])
    expect(s.examined).toBeGreaterThan(2000)
  })
})
