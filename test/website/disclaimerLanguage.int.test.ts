import { afterAll, beforeAll, expect, test } from 'vitest'

import { withDisclaimerLanguage } from '../../src/app/(site)/_lib/disclaimerLanguage'
import { clinicSettingsQuery, disclaimerInLanguageQuery } from '../../src/app/(site)/_lib/queries'
import { graphql, sendJson } from '../helpers/http'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * The clinic's medical disclaimer is written per language (issue 11): the website asks for it as
 * its pages do (clinicSettingsQuery over HTTP) and learns when the English text stands in.
 */
let server: TestServer
let admin: StaffMember
let english: string

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
})
afterAll(async () => server?.close())

const settingsAsTheSiteReadsThem = async (locale: 'en' | 'es') => {
  const ask = async (query: string) => {
    const { body } = await graphql(server.baseUrl, query, { locale })
    expect(body.errors).toBeUndefined()
    return body.data
  }
  const data = await withDisclaimerLanguage(await ask(clinicSettingsQuery), locale, async () => {
    const inLanguage = await ask(disclaimerInLanguageQuery)
    return inLanguage.ClinicSetting?.medicalDisclaimer
  })
  return data.ClinicSetting
}

test('should show Spanish pages the English disclaimer, marked untranslated, until one is written', async () => {
  const en = await settingsAsTheSiteReadsThem('en')
  english = en.medicalDisclaimer
  expect(english).toBeTruthy()
  expect(en.disclaimerUntranslated).toBe(false)
  const es = await settingsAsTheSiteReadsThem('es')
  expect(es).toMatchObject({ medicalDisclaimer: english, disclaimerUntranslated: true })
})

test('should keep a Spanish disclaimer beside the English one', async () => {
  const spanish = 'Información general: no sustituye la consulta con su clínico.'
  const saved = await sendJson(
    'POST',
    `${server.baseUrl}/api/globals/clinic-settings?locale=es`,
    { medicalDisclaimer: spanish },
    bearer(admin),
  )
  expect(saved.status).toBe(200)
  expect(await settingsAsTheSiteReadsThem('es')).toMatchObject({
    medicalDisclaimer: spanish,
    disclaimerUntranslated: false,
  })
  expect(await settingsAsTheSiteReadsThem('en')).toMatchObject({
    medicalDisclaimer: english,
    disclaimerUntranslated: false,
  })
})
