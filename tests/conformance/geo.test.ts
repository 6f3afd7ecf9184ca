// Geo queries as CloudBase documents them: a geo query needs a 2dsphere (地理位置) index on the field, and
// otherwise fails; geoNear sorts nearest first and honours maxDistance/minDistance (metres); geoWithin takes a
// Polygon or a centerSphere (radians); geoIntersects a geometry; the aggregate $geoNear stage must come first
// and writes the distance to distanceField. db.Geo.Point values round-trip as Points.
import { startTestCloud } from '../fixtures/localCloud'
import { idsOf, messageOf, rejectionOf } from './helpers'

const tc = startTestCloud()
const db = tc.db
const _ = db.command
const { Point, Polygon, LineString } = db.Geo
const EARTH_RADIUS_M = 6378100
const center = () => new Point(114.06, 22.54) // Shenzhen, Futian
const places = () => db.collection('places')
const square = (w: number, s: number, e: number, n: number) =>
  new Polygon([new LineString([new Point(w, s), new Point(e, s), new Point(e, n), new Point(w, n), new Point(w, s)])])

beforeAll(async () => {
  for (const name of ['places', 'unindexed', 'zones']) await db.createCollection(name)
  const docs = [
    { _id: 'next-door', kind: 'shop', location: new Point(114.061, 22.541) }, // ~150 m
    { _id: 'district', kind: 'park', location: new Point(114.07, 22.55) }, // ~1.5 km
    { _id: 'guangzhou', kind: 'shop', location: new Point(113.26, 23.13) }, // ~105 km
    { _id: 'beijing', kind: 'shop', location: new Point(116.4, 39.9) } // ~1 940 km
  ]
  for (const data of docs) {
    await places().add({ data })
    await db.collection('unindexed').add({ data })
  }
  tc.store.createIndex('places', { name: 'location_2dsphere', fields: [{ field: 'location', order: '2dsphere' }] })
  await db.collection('zones').add({ data: { _id: 'futian', area: square(114.0, 22.5, 114.1, 22.6) } })
  await db.collection('zones').add({ data: { _id: 'tianhe', area: square(113.3, 23.1, 113.4, 23.2) } })
  tc.store.createIndex('zones', { name: 'area_2dsphere', fields: [{ field: 'area', order: '2dsphere' }] })
})

describe('2dsphere index requirement', () => {
  it('where(_.geoNear) without a 2dsphere index fails with an error about the index', async () => {
    const e = await rejectionOf(
      db
        .collection('unindexed')
        .where({ location: _.geoNear({ geometry: center() }) })
        .get()
    )
    expect(messageOf(e)).toMatch(/index/i)
  })

  it('geoWithin and the aggregate $geoNear stage fail without the index too', async () => {
    const within = await rejectionOf(
      db
        .collection('unindexed')
        .where({ location: _.geoWithin({ centerSphere: [[114.06, 22.54], 0.01] }) })
        .get()
    )
    expect(messageOf(within)).toMatch(/index/i)
    const agg = await rejectionOf(db.collection('unindexed').aggregate().geoNear({ near: center(), distanceField: 'd', spherical: true }).end())
    expect(messageOf(agg)).toMatch(/index/i)
  })
})

describe('geo queries with the index', () => {
  it('db.Geo.Point is stored as GeoJSON and read back as a Point', async () => {
    const doc = (await places().doc('district').get()).data
    // db.Geo.Point in wx-server-sdk is a factory around @cloudbase/database's Point class.
    expect(doc.location.constructor).toBe(new Point(0, 0).constructor)
    expect([doc.location.longitude, doc.location.latitude]).toEqual([114.07, 22.55])
    const raw = tc.store.get('places', 'district')!.doc
    expect(raw.location).toEqual({ type: 'Point', coordinates: [114.07, 22.55] })
  })

  it('geoNear returns the nearest first', async () => {
    const r = await places()
      .where({ location: _.geoNear({ geometry: center() }) })
      .get()
    expect(r.data.map((d: any) => d._id)).toEqual(['next-door', 'district', 'guangzhou', 'beijing'])
  })

  it('geoNear honours maxDistance and minDistance in metres, and other conditions', async () => {
    const within2km = await places()
      .where({ location: _.geoNear({ geometry: center(), maxDistance: 2000 }) })
      .get()
    expect(within2km.data.map((d: any) => d._id)).toEqual(['next-door', 'district'])
    const ring = await places()
      .where({ location: _.geoNear({ geometry: center(), minDistance: 1000, maxDistance: 200_000 }) })
      .get()
    expect(ring.data.map((d: any) => d._id)).toEqual(['district', 'guangzhou'])
    const shops = await places()
      .where({ kind: 'shop', location: _.geoNear({ geometry: center(), maxDistance: 200_000 }) })
      .get()
    expect(shops.data.map((d: any) => d._id)).toEqual(['next-door', 'guangzhou'])
  })

  it('geoWithin a Polygon selects the points inside it', async () => {
    expect(
      idsOf(
        await places()
          .where({ location: _.geoWithin({ geometry: square(114.0, 22.5, 114.1, 22.6) }) })
          .get()
      )
    ).toEqual(['district', 'next-door'])
    expect(
      idsOf(
        await places()
          .where({ location: _.geoWithin({ geometry: square(113.0, 23.0, 113.5, 23.5) }) })
          .get()
      )
    ).toEqual(['guangzhou'])
  })

  it('geoWithin a centerSphere (radius in radians) selects points within that distance', async () => {
    const radius = (m: number) => m / EARTH_RADIUS_M
    expect(
      idsOf(
        await places()
          .where({ location: _.geoWithin({ centerSphere: [[114.06, 22.54], radius(1000)] }) })
          .get()
      )
    ).toEqual(['next-door'])
    expect(
      idsOf(
        await places()
          .where({ location: _.geoWithin({ centerSphere: [[114.06, 22.54], radius(150_000)] }) })
          .get()
      )
    ).toEqual(['district', 'guangzhou', 'next-door'])
  })

  it('geoIntersects with a Point matches a stored point at that position', async () => {
    expect(
      idsOf(
        await places()
          .where({ location: _.geoIntersects({ geometry: new Point(113.26, 23.13) }) })
          .get()
      )
    ).toEqual(['guangzhou'])
    expect(
      idsOf(
        await places()
          .where({ location: _.geoIntersects({ geometry: new Point(1, 1) }) })
          .get()
      )
    ).toEqual([])
  })

  it('geoIntersects with a Point matches stored polygons that contain it', async () => {
    expect(
      idsOf(
        await db
          .collection('zones')
          .where({ area: _.geoIntersects({ geometry: new Point(114.061, 22.541) }) })
          .get()
      )
    ).toEqual(['futian'])
    expect(
      idsOf(
        await db
          .collection('zones')
          .where({ area: _.geoIntersects({ geometry: new Point(113.35, 23.15) }) })
          .get()
      )
    ).toEqual(['tianhe'])
    expect(
      idsOf(
        await db
          .collection('zones')
          .where({ area: _.geoIntersects({ geometry: new Point(0, 0) }) })
          .get()
      )
    ).toEqual([])
  })
})

describe('aggregate $geoNear', () => {
  it('as the first stage: distanceField in metres, nearest first, maxDistance and query applied', async () => {
    const r = await places()
      .aggregate()
      .geoNear({ near: center(), distanceField: 'dist', spherical: true, maxDistance: 200_000, query: { kind: 'shop' } })
      .end()
    expect(r.list.map((d: any) => d._id)).toEqual(['next-door', 'guangzhou'])
    expect(r.list[0].dist).toBeGreaterThan(100)
    expect(r.list[0].dist).toBeLessThan(200)
    expect(r.list[1].dist).toBeGreaterThan(100_000)
    expect(r.list[1].dist).toBeLessThan(110_000)
  })

  it('later stages work on its output', async () => {
    const r = await places().aggregate().geoNear({ near: center(), distanceField: 'dist', spherical: true }).skip(1).limit(2).project({ _id: 1 }).end()
    expect(r.list).toEqual([{ _id: 'district' }, { _id: 'guangzhou' }])
  })

  it('$geoNear anywhere but first fails', async () => {
    const e = await rejectionOf(places().aggregate().match({ kind: 'shop' }).geoNear({ near: center(), distanceField: 'd', spherical: true }).end())
    expect(messageOf(e)).toMatch(/geoNear/)
  })
})
