// NutUI: import only from subpackage pages (keeps NutUI out of the main package).
import { Tag } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { ROLE_LABELS, type Role } from '../../shared/domain/roles'

/** The user's roles as NutUI tags (labels from ROLE_LABELS). */
export default function RoleTags({ roles, className = '' }: { roles: readonly Role[]; className?: string }) {
  return (
    <View className={`cv-role-tags ${className}`}>
      {roles.map((r) => (
        <Tag key={r} background='#fff4e6' color='#d9480f' className='cv-role-tags__tag'>
          {ROLE_LABELS[r]}
        </Tag>
      ))}
    </View>
  )
}
