/** Whether `new Date` reads the value as a real date (a Date, an ISO text, milliseconds). */
export const isDate = (value: unknown): boolean =>
  value instanceof Date
    ? !Number.isNaN(value.getTime())
    : (typeof value === 'string' || typeof value === 'number') &&
      !Number.isNaN(new Date(value).getTime())
