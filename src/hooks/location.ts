// Where the user is, for 附近的社区. In the mini-program: Taro.getLocation (GCJ-02, what WeChat maps use; the app
// declares getLocation in requiredPrivateInfos). In H5 there is no map or GPS here: the page offers a small
// latitude/longitude form that starts at this demo location (江北街道文昌社区).
import Taro from '@tarojs/taro'
import type { Location } from '../shared/contracts'

export const DEMO_LOCATION: Location = { longitude: 114.4155, latitude: 23.1115 }

/** True where the device can tell the location (the mini-program); H5 asks the user to type it. */
export const CAN_LOCATE = process.env.TARO_ENV === 'weapp'

export async function currentLocation(): Promise<Location> {
  if (process.env.TARO_ENV === 'weapp') {
    const r = await Taro.getLocation({ type: 'gcj02' })
    return { longitude: r.longitude, latitude: r.latitude }
  }
  return DEMO_LOCATION
}

export interface ChosenPlace {
  name: string
  address: string
  location: Location
}

/** Mini-program only: the user picks a place on WeChat's map. Resolves null when cancelled or unavailable. */
export async function choosePlace(): Promise<ChosenPlace | null> {
  if (process.env.TARO_ENV !== 'weapp') return null
  try {
    const r = await Taro.chooseLocation({})
    return { name: r.name, address: r.address, location: { longitude: r.longitude, latitude: r.latitude } }
  } catch {
    return null
  }
}
