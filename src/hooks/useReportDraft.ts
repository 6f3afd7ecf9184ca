// 随手拍 form: a category, what is wrong, 1–3 photos (uploaded as soon as they are picked, into the same checked
// folder as order photos), where it is. Mini-program: the device's location, or a place picked on WeChat's map
// (chooseLocation, which also names the place). H5 has neither: the report carries the community centre's
// location and the typed 具体位置 says where. One requestId per draft (draftIds.ts): retries never file twice.
import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, Location, ReportCategory } from '../shared/contracts'
import { clearDraftId, draftId } from './draftIds'
import type { FieldErrors } from './formErrors'
import { CAN_LOCATE, choosePlace, currentLocation, DEMO_LOCATION } from './location'
import { useAction } from './useAction'
import { useFormValues } from './useFormValues'
import { usePhotoPicker } from './usePhotoPicker'
import { REPORT_PAGES } from './useReports'

type CreateInput = ActionInput<'reports.create'>
const DRAFT = 'reports.create'
export const REPORT_FORM_FIELDS = ['category', 'description', 'photos', 'location', 'place'] as const

export interface ReportDraftValues {
  category: ReportCategory | ''
  description: string
  place: string
}

export function useReportDraft() {
  const create = useAction('reports.create', {
    personal: true,
    fields: REPORT_FORM_FIELDS,
    validate: (i): FieldErrors => (i.category ? {} : { category: '请选择问题类别' })
  })
  const photos = usePhotoPicker('orders', 3, false)
  const { values, setField } = useFormValues<ReportDraftValues>({ category: '', description: '', place: '' }, create.clearField)
  const [location, setLocation] = useState<Location | null>(CAN_LOCATE ? null : DEMO_LOCATION)
  const [locating, setLocating] = useState(false)
  const [locateError, setLocateError] = useState<string | null>(null)

  const locate = useCallback(async () => {
    if (!CAN_LOCATE) return
    setLocating(true)
    setLocateError(null)
    try {
      setLocation(await currentLocation())
    } catch {
      setLocateError('无法获取位置，请在地图上选择或检查定位权限')
    } finally {
      setLocating(false)
    }
  }, [])
  useEffect(() => {
    void locate() // where the photo is taken is usually where the problem is
  }, [locate])
  const { clearField } = create
  const photoCount = photos.photos.length
  useEffect(() => {
    if (photoCount > 0) clearField('photos') // 请至少拍一张照片 is answered
  }, [photoCount, clearField])

  const pickOnMap = useCallback(async () => {
    const place = await choosePlace()
    if (!place) return
    setLocation(place.location)
    setLocateError(null)
    if (!values.place.trim()) setField('place', `${place.address}${place.name}`.slice(0, 100))
  }, [values.place, setField])

  const submit = useCallback(async () => {
    if (photos.uploading) return
    const input: CreateInput = {
      requestId: draftId(DRAFT),
      category: values.category as ReportCategory, // '' is caught by validate: 请选择问题类别
      description: values.description.trim(),
      photos: photos.photos.map((p) => p.fileId),
      location: location as Location, // null (not yet located) is caught by the schema
      place: values.place.trim()
    }
    const report = await create.run(input)
    if (!report) return
    clearDraftId(DRAFT)
    await Taro.redirectTo({ url: `${REPORT_PAGES.detail(report.id)}&created=1` })
  }, [values, photos.photos, photos.uploading, location, create])

  const fieldErrors = create.fieldErrors
  const locationError = fieldErrors.location ?? fieldErrors['location.latitude'] ?? fieldErrors['location.longitude']
  return {
    values,
    setField,
    photos,
    submit,
    location,
    locating,
    locateError: locateError ?? (locationError ? '请先定位或在地图上选择位置' : null),
    locate,
    pickOnMap,
    canLocate: CAN_LOCATE,
    pending: create.pending,
    fieldErrors,
    formError: create.formError
  }
}
