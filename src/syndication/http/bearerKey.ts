/** The key in `Authorization: Bearer <key>` (any case, any spaces around), or '' when none is. */
export const presentedBearerKey = (header: string): string =>
  /^Bearer +(\S+)$/i.exec(header.trim())?.[1] ?? ''
