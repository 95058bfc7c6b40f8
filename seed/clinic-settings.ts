import { configuration } from '../src/config'

/**
 * Clinic settings for a fresh install. The source names no clinic, so the name and address come
 * from the environment (CLINIC_NAME, SERVER_URL); an admin sets the real ones in the admin UI.
 */
export const clinicSettings = () => {
  const { seed, server } = configuration()
  return {
    clinicName: seed.clinicName,
    siteUrl: server.publicUrl,
    medicalDisclaimer:
      'This information is general and does not replace advice from a licensed professional about your own condition.',
    attributionText: `Content from ${seed.clinicName}.`,
  }
}
