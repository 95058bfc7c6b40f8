import { serverUrl } from '../../lib/serverUrl'

/** Where partners reach version 1 of the API; every link the API gives out starts here. */
export const apiBase = () => `${serverUrl()}/syndication/v1`
