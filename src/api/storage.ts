// Uploading a file the user picked (e.g. the avatar from chooseAvatar) to cloud storage. The mini-program
// implementation is storage.weapp.ts; elsewhere (H5) there is no upload and this fallback refuses.
import { ApiClientError } from './errors'

/** Uploads a local temp file under `folder/` and returns its cloud fileID (cloud://…). */
export async function uploadImage(_folder: string, _tempFilePath: string): Promise<string> {
  throw new ApiClientError('INTERNAL', '当前环境不支持上传图片')
}
