/**
 * Plain text is a list of blocks (paragraphs, headings, list items, quotes), each on one line
 * unless it holds a line break. Both readers (Lexical and HTML) produce blocks; this joins them,
 * so every channel separates and trims them the same way.
 */
export type PlainTextOptions = {
  /** Between blocks: '\n' (one block a line: partners, claims check) or '\n\n' (prose: mail, JSON-LD). */
  blockSeparator?: '\n' | '\n\n'
}

/** One block's text with runs of spaces and tabs as one space and no space around its line breaks. */
export const tidyBlock = (text: string): string =>
  text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()

export function joinBlocks(blocks: string[], options: PlainTextOptions = {}): string {
  return blocks
    .map(tidyBlock)
    .filter((block) => block.length > 0)
    .join(options.blockSeparator ?? '\n')
}
