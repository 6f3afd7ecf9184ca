// The authorization matrix for identity, communities, addresses, streets and the audit log (tests/integration/
// authorization/access.ts), run by the shared engine (authorization/matrix.ts) in the shared world.
import { runMatrix } from './authorization/matrix'
import { ACCESS } from './authorization/access'

runMatrix(ACCESS)
