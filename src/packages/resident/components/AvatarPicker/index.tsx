import type { useProfile } from '../../../../hooks/useProfile'

// Choosing an avatar needs WeChat's chooseAvatar button (index.weapp.tsx); H5 shows nothing.
export default function AvatarPicker(_props: { profile: ReturnType<typeof useProfile> }) {
  return null
}
