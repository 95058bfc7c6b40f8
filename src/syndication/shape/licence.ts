/**
 * The licence partners republish under: a deployment states its own terms
 * (SYNDICATION_LICENCE_NAME, _URL, _TERMS, see src/config); the default says what the syndication
 * agreement allows.
 */
export type { Licence } from './contentSchema'
