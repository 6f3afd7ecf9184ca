import type { MeView } from '../../shared/contracts'

// The demo-identity switcher exists only in H5 local mode (index.h5.tsx). Elsewhere it renders nothing.
export default function RoleSwitcher(_props: { me: MeView | null }) {
  return null
}
