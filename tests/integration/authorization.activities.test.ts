// The authorization matrix for projects, reports, stations, the 工作台 and exports (tests/integration/
// authorization/activities.ts), run by the shared engine (authorization/matrix.ts) in the shared world.
import { runMatrix } from './authorization/matrix'
import { ACTIVITIES } from './authorization/activities'

runMatrix(ACTIVITIES)
