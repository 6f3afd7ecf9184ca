// H5 (and any non-mini-program build): no map here — the page shows the list only. The mini-program build takes
// StationsMap.weapp.tsx instead (Taro resolves the platform suffix; always import './StationsMap').
import type { Location } from '../../../../shared/contracts'
import type { NearbyStation } from '../../../../hooks/useStations'

export interface StationsMapProps {
  center: Location
  stations: NearbyStation[]
  /** Draw the 800 m circle around the centre (when it is the resident's own location). */
  circle: boolean
  onPick: (s: NearbyStation) => void
}

export default function StationsMap(_props: StationsMapProps) {
  return null
}
