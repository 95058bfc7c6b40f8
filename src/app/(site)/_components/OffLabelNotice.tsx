/**
 * The off-label notice, shown wherever a condition or the procedure appears (and with answers
 * that speak of approval): patients must not read "approved" without learning what it covers.
 */
export function OffLabelNotice({
  title,
  text,
  lang,
}: {
  title: string
  text?: string | null
  /** The notice's language where it is not the page's (see fallbackLang). */
  lang?: string
}) {
  if (!text) return null
  return (
    <p className="notice off-label" data-testid="off-label-notice">
      <strong>{title}.</strong> <span lang={lang}>{text}</span>
    </p>
  )
}
