// The authorization matrix for orders, the catalogue and the beneficiary register (tests/integration/
// authorization/orders.ts), run by the shared engine (authorization/matrix.ts) in the shared world.
import { runMatrix } from './authorization/matrix'
import { ORDERS } from './authorization/orders'

runMatrix(ORDERS)
