import { RichText } from '@payloadcms/richtext-lexical/react'

import type { LexicalState } from '../_lib/content'

/** Rich text from the CMS, rendered by Payload's own Lexical renderer. */
export function RichTextBlock({ data, lang }: { data: LexicalState; lang?: string }) {
  if (!data?.root?.children?.length) return null
  const text = <RichText className="rich-text" data={data as never} />
  // The text's language where it is not the page's (see fallbackLang).
  return lang ? <div lang={lang}>{text}</div> : text
}
