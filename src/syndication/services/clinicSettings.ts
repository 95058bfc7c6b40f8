import type { Payload } from 'payload'

import type { ClinicSettingsLike } from '../shape/envelope'

/** The clinic's name, attribution and disclaimer, which every syndicated answer carries. */
export async function readClinicSettings(payload: Payload): Promise<ClinicSettingsLike> {
  const settings = await payload.findGlobal({
    slug: 'clinic-settings',
    depth: 0,
    overrideAccess: true,
  })
  return settings as ClinicSettingsLike
}
