import type { Payload } from 'payload'

import { runSeed } from '../../src/seed/runSeed'

/** Seeds the source content quietly. */
export const seedSource = (payload: Payload) => runSeed(payload)
