import { Router, type Response } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'

import { configuration } from '../config'
import { serverUrl } from '../lib/serverUrl'
import { problemTypes, problemTypeUri, type ProblemType } from '../syndication/shape/problem'
import { toAtom, toJson, type KnowledgeFeed } from './feed'
import { findKnowledge } from './findKnowledge'
import { parseKnowledgeRequest } from './request'

function sendProblem(
  res: Response,
  type: ProblemType,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  const { status, title } = problemTypes[type]
  res
    .status(status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: problemTypeUri(type),
        title,
        status,
        detail,
        instance: res.req.originalUrl,
        ...extra,
      }),
    )
}

type Settings = {
  clinicName?: string | null
  siteUrl?: string | null
  attributionText?: string | null
}

/**
 * `GET /infobutton`: HL7 Infobutton (URL-based) knowledge requests from clinical systems, answered
 * with the reviewed, published conditions a problem code names and their procedure, as Atom or as
 * MedlinePlus-Connect-style JSON. Public content: no key; limited per client address with the
 * same `RateLimit` headers as the syndication API.
 */
export function infobuttonRouter(payload: Payload): Router {
  const router = Router()
  // Requests one client address may make per window (the syndication window).
  const { syndication, infobutton } = configuration()
  const windowSeconds = syndication.rateLimitWindowSeconds
  router.use((_req, res, next) => {
    // Meant to be called from other origins (EHR apps), without credentials.
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    next()
  })
  router.use(
    rateLimit({
      windowMs: windowSeconds * 1000,
      limit: infobutton.requestsPerWindow,
      identifier: 'infobutton',
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, res) => {
        const retryAfter = res.getHeader('Retry-After')
        sendProblem(
          res,
          'rate-limited',
          `This address made more knowledge requests than allowed in ${windowSeconds} seconds. Retry after ${retryAfter ?? windowSeconds} seconds.`,
        )
      },
    }),
  )
  router.get('/', async (req, res, next) => {
    try {
      const query = new URL(req.originalUrl, 'http://localhost').searchParams
      const parsed = parseKnowledgeRequest(query)
      if (!parsed.ok) {
        return sendProblem(res, 'invalid-parameter', parsed.problems.join(' '), {
          problems: parsed.problems,
        })
      }
      const { request } = parsed
      const settings = (await payload.findGlobal({
        slug: 'clinic-settings',
        depth: 0,
        overrideAccess: true,
      })) as Settings
      const clinicName = settings.clinicName?.trim() || 'the clinic'
      const siteUrl = settings.siteUrl?.trim() || serverUrl()
      const entries = await findKnowledge(payload, request, siteUrl)
      const subject = request.code
        ? `${request.code.value}${request.displayName ? ` (${request.displayName})` : ''}`
        : (request.displayName ?? '')
      const feed: KnowledgeFeed = {
        id: `${serverUrl()}${req.originalUrl}`,
        title: `${clinicName}: patient information`,
        subtitle: `${entries.length} reviewed page(s) for ${subject}`,
        updated:
          entries
            .map((entry) => entry.updated)
            .sort()
            .at(-1) ?? new Date().toISOString(),
        author: { name: clinicName, uri: siteUrl },
        rights: settings.attributionText?.trim() || `Content from ${clinicName}.`,
        language: request.language,
        entries,
      }
      res.setHeader('Cache-Control', 'public, max-age=60, must-revalidate')
      res.setHeader('Content-Language', request.language)
      if (request.responseType === 'json') {
        return res.type('application/json').send(JSON.stringify(toJson(feed, request)))
      }
      res.type(`${request.mediaType}; charset=utf-8`).send(toAtom(feed, request))
    } catch (error) {
      next(error)
    }
  })
  router.all('/', (req, res) => {
    res.setHeader('Allow', 'GET, HEAD')
    sendProblem(res, 'method-not-allowed', `${req.method} is not allowed: /infobutton answers GET.`)
  })
  return router
}
