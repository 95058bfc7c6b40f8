import type { Payload } from 'payload'

import { serverUrl } from '../../lib/serverUrl'
import type { ClinicSettingsLike } from '../shape/envelope'
import { syndicationLicence } from '../shape/licence'

export const apiBase = () => `${serverUrl()}/syndication/v1`

export async function clinicSettings(payload: Payload): Promise<ClinicSettingsLike> {
  const settings = await payload.findGlobal({
    slug: 'clinic-settings',
    depth: 0,
    overrideAccess: true,
  })
  return settings as ClinicSettingsLike
}

export const licence = () => syndicationLicence()
