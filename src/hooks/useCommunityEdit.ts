// 新建/编辑社区 (street admins, platform admins; a community's coordinators edit its address, map point and 常住人口):
// one form that creates a community (communities.create) or edits one (communities.get → communities.update,
// conditional on the version shown; the requestId is kept per draft so a retried save is one edit).
import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, CommunityDetail, Location } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import { DEMO_LOCATION } from './location'
import { announceMeChanged } from './meEvents'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'

export interface CommunityValues {
  name: string
  code: string
  address: string
  latitude: string
  longitude: string
  /** 常住人口 as typed; empty = not recorded. */
  population: string
}

const FIELDS = ['name', 'code', 'address', 'location', 'location.latitude', 'location.longitude', 'population']

const blank = (at: Location = DEMO_LOCATION): CommunityValues => ({
  name: '',
  code: '',
  address: '',
  latitude: String(at.latitude),
  longitude: String(at.longitude),
  population: ''
})

const fromDetail = (c: CommunityDetail): CommunityValues => ({
  name: c.name,
  code: c.code,
  address: c.address,
  latitude: String((c.location ?? DEMO_LOCATION).latitude),
  longitude: String((c.location ?? DEMO_LOCATION).longitude),
  population: c.population === null ? '' : String(c.population)
})

const num = (v: string) => (v.trim() === '' ? NaN : Number(v))

/** The form's shared part as both actions take it (population: null when empty). */
function common(v: CommunityValues) {
  return {
    name: v.name.trim(),
    code: v.code.trim().toUpperCase(),
    address: v.address.trim(),
    location: { latitude: num(v.latitude), longitude: num(v.longitude) },
    population: v.population.trim() === '' ? null : num(v.population)
  }
}

export function createInput(v: CommunityValues, streetId?: string): ActionInput<'communities.create'> {
  const { population, ...rest } = common(v)
  return { ...rest, ...(population === null ? {} : { population }), ...(streetId ? { streetId } : {}) }
}

export function updateInput(v: CommunityValues, c: CommunityDetail, requestId: string): ActionInput<'communities.update'> {
  return { communityId: c.id, version: c.version, requestId, ...common(v) }
}

/** `communityId` absent: a new community (in `streetId` for a platform admin; a street admin's own otherwise). */
export function useCommunityEdit(communityId: string | undefined, streetId: string | undefined, enabled: boolean) {
  const detail = useQuery('communities.get', { communityId: communityId ?? '' }, enabled && !!communityId)
  const create = useAction('communities.create', { fields: FIELDS })
  const update = useAction('communities.update', { fields: FIELDS })
  const action = communityId ? update : create
  const form = useFormValues<CommunityValues>(blank(), action.clearField)
  const [loaded, setLoaded] = useState<number | null>(null)
  const { setValues } = form
  const c = detail.data
  useEffect(() => {
    // Fill the form once per version read (not on every render: the user's typing would be lost).
    if (c && loaded !== c.version) {
      setValues(fromDetail(c))
      setLoaded(c.version)
    }
  }, [c, loaded, setValues])

  const draftKey = `community.${communityId ?? 'new'}`
  /** A new community's id once created; true once an edit is saved; false when nothing was saved. */
  const submit = useCallback(async (): Promise<string | boolean> => {
    const v = form.values
    if (!communityId) {
      const made = await create.run(createInput(v, streetId))
      if (!made) return false
      void Taro.showToast({ title: '社区已创建', icon: 'success' })
      return made.id
    }
    if (!c) return false
    const saved = await update.run(updateInput(v, c, draftId(draftKey)))
    if (!saved) return false
    clearDraftId(draftKey)
    detail.setData(saved)
    announceMeChanged() // 所属社区 names shown elsewhere
    void Taro.showToast({ title: '已保存', icon: 'success' })
    return true
  }, [form.values, communityId, create, update, streetId, c, draftKey, detail])

  return {
    detail,
    form,
    /** Name and code: street and platform admins only (a coordinator sees them read-only). */
    canEditIdentity: communityId ? !!c?.canEditIdentity : true,
    submit,
    pending: action.pending,
    fieldErrors: action.fieldErrors,
    formError: action.formError
  }
}
