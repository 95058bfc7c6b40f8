import { serverUrl } from '../src/lib/serverUrl'

/**
 * Clinic settings for a fresh install. The source names no clinic, so the name and address come
 * from the environment (CLINIC_NAME, SERVER_URL); an admin sets the real ones in the admin UI.
 */
export const clinicSettings = () => ({
  clinicName: process.env.CLINIC_NAME?.trim() || 'Example Clinic',
  siteUrl: serverUrl(),
  medicalDisclaimer:
    'This information is general and does not replace advice from a licensed professional about your own condition.',
  attributionText: `Content from ${process.env.CLINIC_NAME?.trim() || 'Example Clinic'}.`,
})
