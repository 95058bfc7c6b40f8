import type { QueueRow } from './queueQueries'

type Props = {
  title: string
  empty: string
  rows: QueueRow[]
  detail: (row: QueueRow) => string
}

/** One list of the work queue: each row links to the document's edit view. */
export function QueueSection({ title, empty, rows, detail }: Props) {
  const id = `queue-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return (
    <section
      aria-labelledby={id}
      data-testid={id}
      style={{
        padding: 'var(--base)',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 'var(--style-radius-m)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <h3 id={id} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {title} <span style={{ opacity: 0.6 }}>({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p style={{ opacity: 0.7 }}>{empty}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li
              key={`${row.collection}-${row.id}`}
              style={{ marginBottom: 'calc(var(--base) / 3)' }}
            >
              <a href={row.href}>{row.title}</a>{' '}
              <small style={{ opacity: 0.7 }}>
                {row.collectionLabel} · {detail(row)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
