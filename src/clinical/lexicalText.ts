// The claims check reads rich text as every other channel does: one block a line (src/plainText).
export { lexicalText } from '../plainText'
