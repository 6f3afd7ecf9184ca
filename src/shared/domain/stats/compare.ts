// The street's side-by-side comparison (stats.compare): one row per community, taken from that community's 工作台
// figures (dashboardOf) — never recomputed another way, so a row always equals the dashboard it summarises.
import type { Dashboard } from '../../contracts/stats'
import type { CompareRow } from '../../contracts/streets'

export function compareRowOf(d: Dashboard): CompareRow {
  return {
    communityId: d.communityId,
    communityName: d.communityName,
    population: d.volunteers.population,
    residents: d.volunteers.residents,
    registered: d.volunteers.registered,
    shareOfResidents: d.volunteers.shareOfResidents,
    participationRate: d.participation.rate,
    perVolunteerHours: d.hours.perVolunteerHours,
    satisfactionRate: d.satisfaction.rate,
    responseMedianMinutes: d.response.medianMinutes,
    ordersCreated: d.orders.created,
    completionRate: d.orders.completionRate,
    openEscalations: d.openEscalations,
    circulationMinutes: d.timebank.circulationMinutes,
    rectificationRate: d.reports.rectificationRate
  }
}
