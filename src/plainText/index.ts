export type { PlainTextOptions } from './blocks'
export { htmlText, type HtmlTextOptions } from './htmlText'
export { lexicalText } from './lexicalText'
