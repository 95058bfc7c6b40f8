/**
 * The values of a query operand that may be a list: `a,b` as written in a URL, a list, or qs's
 * object keyed by index for long lists; anything else is one value.
 */
export const listValues = (value: unknown): unknown[] =>
  typeof value === 'string'
    ? value.split(',')
    : Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? Object.values(value)
        : [value]
