import { z } from 'zod'

const fieldPattern = /^[0-9A-Za-z*?,/#-]+$/

/**
 * A schedule for Payload's job runner (croner syntax): five fields (minute hour day month weekday)
 * or six with seconds first. Checked for shape only, so a typo fails at start, not at the first tick.
 */
export const cronExpression = z.string().refine((value) => {
  const fields = value.split(/\s+/)
  return (fields.length === 5 || fields.length === 6) && fields.every((f) => fieldPattern.test(f))
}, 'must be a cron expression of 5 fields (minute hour day month weekday) or 6 with seconds first')
