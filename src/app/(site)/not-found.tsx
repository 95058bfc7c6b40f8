import { words } from './_lib/words'

export default function NotFound() {
  const w = words('en')
  return (
    <main id="main">
      <h1>{w.notFound}</h1>
      <p>{w.notFoundText}</p>
      <p>
        <a href="/treatments">{w.treatments}</a>
      </p>
    </main>
  )
}
