import type { ReactNode } from 'react'

/** An item made of parts that may be in different languages (see rowLang). */
export type FactItem = { key: string; content: ReactNode }

/** A heading and a bulleted list, left out when there is nothing to list. */
export function FactList({
  id,
  title,
  items,
  lang,
}: {
  id: string
  title: string
  items?: (string | FactItem)[] | null
  /** The items' language where it is not the page's (see fallbackLang). */
  lang?: string
}) {
  if (!items?.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul lang={lang}>
        {items.map((item) =>
          typeof item === 'string' ? (
            <li key={item}>{item}</li>
          ) : (
            <li key={item.key}>{item.content}</li>
          ),
        )}
      </ul>
    </section>
  )
}
