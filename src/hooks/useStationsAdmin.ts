// 服务站管理 for coordinators: the community's stations (stations.list), the 10-minute-circle coverage
// (stations.coverage) and one form that creates a station or edits one (stations.upsert, conditional on the version
// shown; the requestId is kept per draft so a retried save never makes two stations).
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionOutput, Location, ServiceCategory, StationStatus, StationType } from '../shared/contracts'
import { groupHours, type Weekday } from '../shared/domain/stations'
import { clearDraftId, draftId } from './draftIds'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { useQuery } from './useQuery'
import { DEMO_LOCATION } from './location'

export type ManagedStation = ActionOutput<'stations.list'>['stations'][number]
export type Coverage = ActionOutput<'stations.coverage'>

export interface HoursRow {
  days: Weekday[]
  from: string
  to: string
}
export interface StationValues {
  stationId: string | null
  version: number | null
  name: string
  type: StationType | ''
  address: string
  latitude: string
  longitude: string
  hours: HoursRow[]
  services: ServiceCategory[]
  /** Free tags, separated by spaces or commas. */
  tags: string
  status: StationStatus
}

const blank = (at: Location = DEMO_LOCATION): StationValues => ({
  stationId: null,
  version: null,
  name: '',
  type: '',
  address: '',
  latitude: String(at.latitude),
  longitude: String(at.longitude),
  hours: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
  services: [],
  tags: '',
  status: 'open'
})

const fromStation = (s: ManagedStation): StationValues => ({
  stationId: s.id,
  version: s.version,
  name: s.name,
  type: s.type,
  address: s.address,
  latitude: String(s.location.latitude),
  longitude: String(s.location.longitude),
  hours: groupHours(s.hours.map((h) => ({ ...h, day: h.day as Weekday }))),
  services: s.services,
  tags: s.tags.join(' '),
  status: s.status
})

const draftKey = (stationId: string | null) => `station.${stationId ?? 'new'}`
const coord = (v: string) => (v.trim() === '' ? NaN : Number(v))

/** The form's values as the action's input (rows of days expanded to one range per day). */
export function toInput(v: StationValues, requestId: string): ActionInput<'stations.upsert'> {
  return {
    requestId,
    ...(v.stationId ? { stationId: v.stationId, version: v.version ?? 0 } : {}),
    name: v.name,
    type: v.type as StationType,
    address: v.address,
    location: { latitude: coord(v.latitude), longitude: coord(v.longitude) },
    hours: v.hours.flatMap((r) => r.days.map((day) => ({ day, from: r.from.trim(), to: r.to.trim() }))),
    services: v.services,
    tags: v.tags.split(/[\s,，、]+/).filter(Boolean),
    status: v.status
  }
}

export function useStationsAdmin(enabled: boolean) {
  const list = useQuery('stations.list', {}, enabled)
  const coverage = useQuery('stations.coverage', { limit: 50 }, enabled)
  const save = useAction('stations.upsert')
  const form = useFormValues<StationValues>(blank(), save.clearField)
  const [editing, setEditing] = useState(false)
  const { setValues } = form
  const { reset } = save

  const startNew = useCallback(
    (at?: Location) => {
      setValues(blank(at))
      reset()
      setEditing(true)
    },
    [setValues, reset]
  )
  const startEdit = useCallback(
    (s: ManagedStation) => {
      setValues(fromStation(s))
      reset()
      setEditing(true)
    },
    [setValues, reset]
  )
  const cancel = useCallback(() => setEditing(false), [])

  const submit = useCallback(async () => {
    const v = form.values
    const saved = await save.run(toInput(v, draftId(draftKey(v.stationId))))
    if (!saved) return
    clearDraftId(draftKey(v.stationId))
    setEditing(false)
    void Taro.showToast({ title: v.stationId ? '已保存' : '已添加服务站', icon: 'none' })
    list.reload()
    coverage.reload()
  }, [form.values, save, list, coverage])

  return { list, coverage, form, editing, startNew, startEdit, cancel, submit, pending: save.pending, fieldErrors: save.fieldErrors, formError: save.formError }
}
