'use client'

export type PartnerKeyRow = {
  id: string | number
  prefix: string
  label?: string | null
  expiresAt?: string | null
  revokedAt?: string | null
  lastUsedAt?: string | null
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
const show = (value?: string | null) => (value ? when.format(new Date(value)) : '—')

/**
 * This partner's keys (never the keys themselves: only their visible start). Each row opens the
 * key's page, where an admin sets "Revoked at" to cut it off.
 */
export function PartnerKeysTable({ keys }: { keys: PartnerKeyRow[] | null }) {
  if (keys === null) return null
  if (keys.length === 0) return <p>No keys issued yet.</p>
  return (
    <table className="table" data-testid="partner-keys-table" style={{ marginTop: 'var(--base)' }}>
      <thead>
        <tr>
          <th>Key starts with</th>
          <th>Label</th>
          <th>Expires</th>
          <th>Revoked</th>
          <th>Last used</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.id}>
            <td>
              <a href={`/admin/collections/partner-keys/${key.id}`}>{key.prefix}</a>
            </td>
            <td>{key.label || '—'}</td>
            <td>{key.expiresAt ? show(key.expiresAt) : 'Never'}</td>
            <td>{show(key.revokedAt)}</td>
            <td>{show(key.lastUsedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
