import { RichText } from '@payloadcms/richtext-lexical/react'

import type { LexicalState } from '../_lib/content'

/** Rich text from the CMS, rendered by Payload's own Lexical renderer. */
export function RichTextBlock({ data }: { data: LexicalState }) {
  if (!data?.root?.children?.length) return null
  return <RichText className="rich-text" data={data as never} />
}
