// What a volunteer offers — skills, available times, service area — as both 志愿者注册 and 修改服务信息 ask for it.
// Skills are the community's services (its own categories too); a retired one stays only while the volunteer still
// lists it, so saving never silently drops it.
import { MultiChoiceField } from '../../../../components/ChoiceField'
import TextField from '../../../../components/TextField'
import { AVAILABILITY_LABELS, optionsOf } from '../../../../hooks/labels'
import { useCatalog } from '../../../../hooks/useCatalog'
import type { OfferValues as Offer } from '../../../../hooks/useVolunteerSelf'

const SLOT_OPTIONS = optionsOf(AVAILABILITY_LABELS)

/** `T`: the whole form these fields are part of (registration has more fields than the offer alone). */
interface Props<T extends Offer> {
  values: T
  errors: Partial<Record<keyof Offer, string>>
  onChange: <K extends keyof Offer>(field: K, value: T[K]) => void
}

export default function OfferFields<T extends Offer>({ values, errors, onChange }: Props<T>) {
  const catalog = useCatalog()
  const skillOptions = (catalog.entries ?? [])
    .filter((c) => !c.retired || values.skills.includes(c.category))
    .map((c) => ({ value: c.category, label: c.label }))
  return (
    <>
      <MultiChoiceField
        label='服务技能（可多选）'
        name='skills'
        required
        options={skillOptions}
        value={values.skills}
        onChange={(x) => onChange('skills', x as T['skills'])}
        error={errors.skills}
      />
      <MultiChoiceField
        label='可服务时段（可多选）'
        name='availability'
        required
        options={SLOT_OPTIONS}
        value={values.availability}
        onChange={(x) => onChange('availability', x as T['availability'])}
        error={errors.availability}
      />
      <TextField
        label='服务区域'
        name='serviceArea'
        required
        value={values.serviceArea}
        onChange={(x) => onChange('serviceArea', x as T['serviceArea'])}
        error={errors.serviceArea}
        placeholder='例如：文昌社区及周边'
        maxLength={50}
      />
    </>
  )
}
