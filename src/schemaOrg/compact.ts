/** Drops empty values (undefined, null, '', []) so the markup says nothing rather than something empty. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, item]) =>
        item !== undefined &&
        item !== null &&
        item !== '' &&
        !(Array.isArray(item) && item.length === 0),
    ),
  ) as T
}

/** A date-time as the schema.org Date it stands for (lastReviewed is a Date, not a DateTime). */
export const isoDate = (value?: string | null): string | undefined =>
  value ? value.slice(0, 10) : undefined
