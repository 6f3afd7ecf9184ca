// The authorization matrix for records, certificates, the time bank, points and rewards (tests/integration/
// authorization/records.ts), run by the shared engine (authorization/matrix.ts) in the shared world.
import { runMatrix } from './authorization/matrix'
import { RECORDS } from './authorization/records'

runMatrix(RECORDS)
