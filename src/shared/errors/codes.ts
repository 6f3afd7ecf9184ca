// Stable string error codes shared by server and client. The code is the contract; the message is for people
// (Chinese, shown as-is in the UI). Never rename a code: clients branch on it.
export const ERROR_MESSAGES = {
  UNKNOWN_ACTION: '未知的操作',
  BAD_INPUT: '输入内容有误，请检查后重试',
  UNAUTHENTICATED: '未能识别您的身份，请重新进入小程序',
  FORBIDDEN: '您没有权限执行此操作',
  NOT_FOUND: '要找的内容不存在或已删除',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_RISKY: '内容含有不适宜的信息，请修改后再提交',
  INTERNAL: '系统繁忙，请稍后再试',
  NETWORK: '网络不给力，请检查网络后重试',
  BAD_RESPONSE: '服务返回的数据异常，请稍后再试'
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export function messageFor(code: string): string {
  return (ERROR_MESSAGES as Record<string, string>)[code] ?? ERROR_MESSAGES.INTERNAL
}
