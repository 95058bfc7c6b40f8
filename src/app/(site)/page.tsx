import { redirect } from 'next/navigation'

/** The website starts at the treatments overview. */
export default function Home() {
  redirect('/treatments')
}
