import { cookies } from 'next/headers'

import { serverUrl } from '../../../lib/serverUrl'
import type { ClinicSettings } from './content'
import { withDisclaimerLanguage } from './disclaimerLanguage'
import type { SiteLocale } from './paths'
import { disclaimerInLanguageQuery } from './queries'

export type SiteRequest = { locale: SiteLocale; preview: boolean }

/** A GraphQL answer the page cannot use: shown to the visitor as a plain error page. */
export class ContentUnavailable extends Error {}

/**
 * Fetches content the way any website would: over HTTP from this server's public GraphQL
 * endpoint, never from the Local API, and never cached, so a published change shows on the next
 * page view. In preview, the visitor's admin login travels with the request, so signed-in staff
 * see the latest draft and everyone else still sees the published text.
 */
export async function fetchContent<T>(
  query: string,
  variables: Record<string, unknown>,
  request: SiteRequest,
): Promise<T & { staffPreview: boolean }> {
  const { data, token } = await ask<T>(query, variables, request)
  const roles = data.meUser?.user?.roles ?? []
  const withLanguage = await withDisclaimerLanguage(data, request.locale, () =>
    ask<{ ClinicSetting: ClinicSettings | null }>(disclaimerInLanguageQuery, {}, request).then(
      (answer) => answer.data.ClinicSetting?.medicalDisclaimer,
    ),
  )
  return { ...withLanguage, staffPreview: Boolean(token) && roles.length > 0 }
}

async function ask<T>(
  query: string,
  variables: Record<string, unknown>,
  { locale, preview }: SiteRequest,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const token = preview ? (await cookies()).get('payload-token')?.value : undefined
  if (token) headers.authorization = `JWT ${token}`

  const response = await fetch(`${serverUrl()}/api/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query,
      variables: { ...variables, locale, draft: Boolean(token) },
    }),
    cache: 'no-store',
  })
  const body = (await response.json().catch(() => null)) as {
    data?: T & { meUser?: { user?: { roles?: string[] } | null } | null }
    errors?: { message: string }[]
  } | null
  if (!body?.data || body.errors?.length) {
    const reason = body?.errors?.map((error) => error.message).join('; ') ?? response.statusText
    throw new ContentUnavailable(`The content service answered ${response.status}: ${reason}`)
  }
  return { data: body.data, token }
}
