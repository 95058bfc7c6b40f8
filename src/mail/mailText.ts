import { htmlText } from '../plainText'

/**
 * The readable text of an HTML mail body: links keep their address ("Reset (http://…)"),
 * paragraphs are separated by a blank line. Enough for the log of a mail that was not sent,
 * where someone must be able to follow the reset link.
 */
export const mailText = (html: string): string =>
  htmlText(html, { linkAddresses: true, blockSeparator: '\n\n' })
