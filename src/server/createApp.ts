import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { configuration } from '../config'

import { errorHandler, notFound } from './errorHandler'
import { payloadGraphQL } from './graphql'
import { infobuttonRouter } from '../infobutton/router'
import { healthRoutes } from './health'
import { httpHardening } from './httpHardening'
import { validatedJsonBody } from './jsonBody'
import { payloadRest } from './payloadRest'
import { privateAnswers } from './privateAnswers'
import { restBody } from './restBody'
import { validatedQuery } from './query/validatedQuery'
import { writeOwner } from './writeOwner'
import { securityHeaders } from './securityHeaders'
import { syndicationRouter } from '../syndication/http/router'

export type CreateAppOptions = {
  payload: Payload
  /** Origin used to build absolute request URLs for Payload, e.g. http://localhost:3000. */
  publicOrigin: string
  /** Next's request handler for the admin and website; left out, those paths answer 404. */
  nextHandler?: RequestHandler
  isDevelopment?: boolean
}

/**
 * Builds the Express app, the last stage of the request pipeline (src/server/pipeline.ts): health,
 * syndication, GraphQL and REST straight to Payload, then Next for the rest.
 */
export function createApp({
  payload,
  publicOrigin,
  nextHandler,
  isDevelopment = false,
}: CreateAppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  const { trustProxy } = configuration().server
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy)

  app.use(securityHeaders({ isDevelopment }))
  app.use(httpHardening(payload))
  app.use(healthRoutes(payload))
  app.use('/syndication', syndicationRouter(payload))
  app.use('/infobutton', infobuttonRouter(payload))
  const { api, graphQL } = payload.config.routes
  const uploadSlugs = new Set(payload.config.collections.filter((c) => c.upload).map((c) => c.slug))
  app.use(api, privateAnswers)
  app.use(`${api}${graphQL}`, validatedJsonBody, writeOwner, payloadGraphQL(payload, publicOrigin))
  app.use(
    api,
    validatedQuery(payload),
    validatedJsonBody,
    restBody(uploadSlugs),
    writeOwner,
    payloadRest(payload, publicOrigin),
  )
  app.use(writeOwner, nextHandler ?? notFound)
  app.use(errorHandler(payload))
  return app
}
