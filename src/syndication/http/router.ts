import { Router } from 'express'
import type { Payload } from 'payload'

import { configuration } from '../../config'
import { partnerResponseCache } from './partnerResponseCache'
import { openApiDocument } from '../openapi/document'
import { authenticatePartner } from './authenticatePartner'
import { changesFeed, listChanges } from './changes'
import { apiBase } from './apiBase'
import { allowEmbedding, partnerCors, preflight } from './cors'
import { docsPage } from './docsPage'
import { getDocument, listDocuments } from './documents'
import { getOnly, notFoundProblem, problemHandler } from './problemHandler'
import { partnerOf } from './partnerContext'
import { partnerScopeKey } from './partnerScopeKey'
import { anonymousRateLimit, partnerLimiter } from './rateLimit'
import { cachePolicies, json, sendRepresentation } from './respond'

/**
 * The partner syndication API, mounted at `/syndication`: read-only, keyed, separate from the
 * editors' REST API. Routes only parse, call a service (../services) and the pure shapers
 * (../shape), and respond; every error is answered by `problemHandler`.
 */
export function syndicationRouter(payload: Payload): Router {
  const router = Router()
  const v1 = Router()

  router.get('/docs', (req, res) =>
    sendRepresentation(req, res, {
      body: docsPage(apiBase()),
      contentType: 'text/html; charset=utf-8',
      cacheControl: cachePolicies.contract,
    }),
  )

  v1.use((_req, res, next) => {
    allowEmbedding(res)
    next()
  })
  v1.use(getOnly)
  v1.options('/*splat', preflight(payload))
  v1.get('/openapi.json', (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    sendRepresentation(req, res, json(openApiDocument(apiBase()), cachePolicies.contract))
  })
  v1.use(
    authenticatePartner(payload),
    anonymousRateLimit(),
    partnerCors,
    partnerLimiter(payload).middleware,
  )
  // After the key, status and rate limit are checked: a hit is keyed by what this partner may see.
  // RESPONSE_CACHE=off turns it off with the public cache (the benchmark's cold runs).
  if (configuration().responseCache.enabled) {
    v1.use(partnerResponseCache((_req, res) => partnerScopeKey(partnerOf(res).partner)))
  }
  v1.get('/changes', listChanges(payload))
  v1.get('/feed.atom', changesFeed(payload, 'atom'))
  v1.get('/feed.json', changesFeed(payload, 'json'))
  v1.get('/:collection', listDocuments(payload))
  v1.get('/:collection/:slug', getDocument(payload))
  v1.use(notFoundProblem)

  router.use('/v1', v1)
  router.use(notFoundProblem)
  router.use(problemHandler(payload))
  return router
}
