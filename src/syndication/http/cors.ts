import type { RequestHandler } from 'express'
import type { ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { isOriginOfActivePartner } from '../services/partners'
import { SyndicationProblem } from '../shape/problem'
import { partnerOf } from './partnerContext'

export const exposedHeaders = [
  'ETag',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'Link',
  'Content-Length',
].join(', ')

/**
 * CORS for the authenticated partner: a browser origin gets access only if the partner listed it.
 * A request from any other origin is refused outright, so a key copied into a foreign web page
 * does not work there.
 */
export const partnerCors: RequestHandler = (req, res, next) => {
  const origin = req.headers.origin
  if (!origin) return next()
  const { partner } = partnerOf(res)
  if (!(partner.allowedOrigins ?? []).includes(origin)) {
    return next(
      new SyndicationProblem(
        'origin-not-allowed',
        `Browser requests from ${origin} are not allowed for this key. Ask the clinic to add the origin to your account.`,
      ),
    )
  }
  allowPartnerOrigin(res, origin)
  next()
}

/** CORS headers for an origin the partner listed (flat, as the partner front writes them). */
export const partnerOriginHeaders = (origin: string): string[] => [
  'Access-Control-Allow-Origin',
  origin,
  'Access-Control-Expose-Headers',
  exposedHeaders,
]

/** CORS headers for an origin the partner listed (partnerCors). */
export function allowPartnerOrigin(res: ServerResponse, origin: string): void {
  const headers = partnerOriginHeaders(origin)
  for (let index = 0; index < headers.length; index += 2) {
    res.setHeader(headers[index], headers[index + 1])
  }
}

/** Syndicated content is meant to be fetched from other origins (with CORS) and embedded. */
export const embeddingHeaders: readonly string[] = ['Cross-Origin-Resource-Policy', 'cross-origin']

export function allowEmbedding(res: ServerResponse): void {
  res.setHeader(embeddingHeaders[0], embeddingHeaders[1])
}

/**
 * Preflight requests carry no key, so they are answered for any origin some active partner
 * listed; the real request is then checked against its own partner's list.
 */
export function preflight(payload: Payload): RequestHandler {
  return async (req, res, next) => {
    try {
      const origin = req.headers.origin
      if (!origin || !(await isOriginOfActivePartner(payload, origin))) {
        throw new SyndicationProblem(
          'origin-not-allowed',
          `Browser requests from ${origin ?? 'an unnamed origin'} are not allowed.`,
        )
      }
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Accept, If-None-Match')
      res.setHeader('Access-Control-Max-Age', '600')
      res.setHeader('Vary', 'Origin, Access-Control-Request-Headers')
      res.status(204).end()
    } catch (error) {
      next(error)
    }
  }
}
