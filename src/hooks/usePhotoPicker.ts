// Up to `max` photos for a form: picked with chooseMedia, uploaded at once (uploadImage → cloud fileID), shown from
// the local temp path. Photos are optional: where uploading is not possible (the H5 fallback refuses) the message
// is shown and the form still submits without them.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { uploadImage } from '../api/storage'
import { toClientError } from './useQuery'
import { blockPersonalSubmission, CONSENT_BLOCKED_MESSAGE, consentStatus } from './useConsent'

export interface PickedPhoto {
  localPath: string
  fileId: string
}

/** `optional: false` where the form needs a photo (随手拍): the upload error then does not say it may be skipped. */
export function usePhotoPicker(folder: string, max: number, optional = true) {
  const [photos, setPhotos] = useState<PickedPhoto[]>([])
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const pick = useCallback(async () => {
    setError(null)
    // Photos are personal information: none is taken or uploaded before the user agreed to the privacy guide.
    if (consentStatus() === 'needed') {
      setError(CONSENT_BLOCKED_MESSAGE)
      blockPersonalSubmission()
      return
    }
    let paths: string[]
    try {
      const r = await Taro.chooseMedia({ count: max - photos.length, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
      paths = r.tempFiles.map((f) => f.tempFilePath).slice(0, max - photos.length)
    } catch {
      return // the user closed the picker
    }
    setUploading(true)
    try {
      for (const localPath of paths) {
        const fileId = await uploadImage(folder, localPath)
        setPhotos((prev) => [...prev, { localPath, fileId }].slice(0, max))
      }
    } catch (e) {
      setError(optional ? `${toClientError(e).message}（照片可不上传）` : toClientError(e).message)
    } finally {
      setUploading(false)
    }
  }, [folder, max, photos.length, optional])

  const remove = useCallback((fileId: string) => setPhotos((prev) => prev.filter((p) => p.fileId !== fileId)), [])

  return { photos, pick, remove, uploading, error, full: photos.length >= max }
}
