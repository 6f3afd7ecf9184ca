// The authorization matrix for volunteers, teams and family links (tests/integration/authorization/volunteers.ts),
// run by the shared engine (authorization/matrix.ts) in the shared world.
import { runMatrix } from './authorization/matrix'
import { VOLUNTEERS } from './authorization/volunteers'

runMatrix(VOLUNTEERS)
