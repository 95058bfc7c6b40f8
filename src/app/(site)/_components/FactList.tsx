/** A heading and a bulleted list, left out when there is nothing to list. */
export function FactList({
  id,
  title,
  items,
}: {
  id: string
  title: string
  items?: string[] | null
}) {
  if (!items?.length) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  )
}
