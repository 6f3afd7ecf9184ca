// `npm run scale:dashboard [-- --records 1000000]`: the 工作台's reads at a size too large for a test run. Writes the
// records straight into a fresh local store, folds them into the rollups in process (the nightly rebuild's
// replay, without paging 1 M documents through the SDK), then calls stats.dashboard through the router and the
// genuine SDK and prints round trips, documents examined/returned and the wall time of that one call.
import { bulkRecords } from './bulkRecords'
import { openScriptCloud } from './scriptCloud'
import { rollupFold } from '../src/shared/domain/stats'

async function main() {
  const i = process.argv.indexOf('--records')
  const records = i > 0 ? Number(process.argv[i + 1]) : 1_000_000
  const sc = await openScriptCloud('dashboard-scale')
  const local = sc.local
  try {
    const at = new Date()
    local.store.commit([
      { coll: 'communities', id: 'cA', doc: { _id: 'cA', name: '文昌社区', code: 'SCALE1', createdAt: at } },
      {
        coll: 'users',
        id: 'coord-A',
        doc: { _id: 'coord-A', nickname: '协调员', roles: ['resident', 'coordinator'], communityId: 'cA', createdAt: at, updatedAt: at }
      },
      { coll: 'ledger_accounts', id: 'issuing:cA', doc: { _id: 'issuing:cA', ownerOpenid: null, communityId: 'cA', balance: -1200, holds: {}, version: 1 } }
    ] as never)
    let t = Date.now()
    bulkRecords(local.store, 'cA', records)
    console.log(`wrote ${records} records in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    const f = rollupFold('cA')
    for (const { doc } of local.store.all('orders').values()) f.order(doc as never)
    for (const { doc } of local.store.all('service_records').values()) f.record(doc as never)
    const b = f.bumps
    const { replaceRollup } = require('../cloudfunctions/api/src/repos/statsRollups')
    for (const [key, paths] of Object.entries(b)) await replaceRollup('cA', key, paths, {}, at)
    for (let run = 0; run < 3; run++) {
      t = Date.now()
      const { result, counters } = await sc.call('coord-A', 'stats.dashboard', {})
      const r = result as { ok: boolean; data?: { orders: { created: number }; hours: { servedMinutes: number } } }
      console.log(
        JSON.stringify({
          records,
          ok: r.ok,
          ordersCreated: r.data?.orders.created,
          servedMinutes: r.data?.hours.servedMinutes,
          roundTrips: counters.roundTrips,
          examined: counters.examined,
          returned: counters.returned,
          ms: Date.now() - t
        })
      )
    }
  } finally {
    sc.close()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
