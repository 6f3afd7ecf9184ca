// Field schemas shared by several contracts, with the Chinese message the form shows next to the field.
import * as z from '../zod'

export const phone = z.string().regex(/^1[3-9]\d{9}$/, '请输入11位手机号码')
export const realName = z
  .string()
  .trim()
  .regex(/^[\u4e00-\u9fa5·]{2,20}$|^[A-Za-z][A-Za-z .'-]{1,39}$/, '请填写身份证上的真实姓名')
export const nickname = z.string().trim().min(1, '请填写昵称').max(20, '昵称最多20个字')
export const shortText = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多${max}个字`)
/** A real calendar day YYYY-MM-DD in 1900–2100: the pattern alone lets 2024-13-45 through, an Invalid Date downstream. */
export const calendarDay = (message: string) =>
  z
    .string()
    .regex(/^(19\d\d|20\d\d|2100)-\d{2}-\d{2}$/, message)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
    }, message)
export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确')
export const location = z.object({
  longitude: z.number().min(-180).max(180),
  latitude: z.number().min(-90).max(90)
})
export type Location = z.infer<typeof location>

/**
 * The ten built-in service categories (brief: 服务类别). A community's catalogue holds these and its own ones
 * (catalog.add: key `c_` + a short id); the full list and labels come from src/shared/domain/order/catalog.ts.
 */
export const SERVICE_CATEGORIES = [
  'elder_visit',
  'shopping',
  'repair',
  'tutoring',
  'companionship',
  'legal_advice',
  'medical_advice',
  'phone_lessons',
  'cleaning',
  'escort'
] as const
export type BuiltinCategory = (typeof SERVICE_CATEGORIES)[number]
/**
 * The built-in ten's labels. Show a category through categoryLabel (shared domain; pages: useCatalog), which also
 * knows a community's own categories — this table alone names none of them.
 */
export const SERVICE_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  elder_visit: '探访老人',
  shopping: '代购跑腿',
  repair: '家电维修',
  tutoring: '课业辅导',
  companionship: '陪伴聊天',
  legal_advice: '法律咨询',
  medical_advice: '健康咨询',
  phone_lessons: '智能手机教学',
  cleaning: '清洁整理',
  escort: '陪同就医'
} satisfies Record<BuiltinCategory, string>
/**
 * A category key: a built-in one or a community's own (`c_` + 8 letters/digits). Only the shape is checked here:
 * whether the caller's community offers it is the server's check (CATEGORY_UNKNOWN), against its catalogue.
 */
export const serviceCategory = z
  .string({ message: '请选择服务类别' })
  .min(1, '请选择服务类别')
  .regex(/^[a-z][a-z0-9_]{1,31}$/, '服务类别不正确')
export type ServiceCategory = string

/** Weekly availability slots: weekday × part of day. */
export const AVAILABILITY_SLOTS = [
  'weekday_morning',
  'weekday_afternoon',
  'weekday_evening',
  'weekend_morning',
  'weekend_afternoon',
  'weekend_evening'
] as const
export const availabilitySlot = z.enum(AVAILABILITY_SLOTS)
