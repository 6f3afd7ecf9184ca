// Fixed demo identities (local mode). OPENIDs in WeChat are opaque per-app strings; these just look readable.
export const DEMO_COMMUNITY_ID = 'community-wenchang'
export const DEMO_ADMIN = 'demo-admin'
export const DEMO_COORDINATOR = 'demo-coordinator'
export const demoVolunteer = (n: number) => `demo-volunteer-${String(n).padStart(2, '0')}`
export const demoResident = (n: number) => `demo-resident-${String(n).padStart(2, '0')}`
/** Who the H5 app acts as on first open: an ordinary resident, the product's main user. */
export const DEFAULT_DEMO_OPENID = demoResident(1)
/** 江北街道 (seedStreet.ts): the street, its admin, and the second community's coordinator, volunteers and residents. */
export const DEMO_STREET_ID = 'street-jiangbei'
export const DEMO_STREET_ADMIN = 'demo-street-admin'
export const DEMO_COMMUNITY2_CODE = 'HZJB02'
export const DEMO_COORDINATOR2 = 'demo-coordinator-2'
export const demoVolunteer2 = (n: number) => `demo-lf-volunteer-${String(n).padStart(2, '0')}`
export const demoResident2 = (n: number) => `demo-lf-resident-${String(n).padStart(2, '0')}`
