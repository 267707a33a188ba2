import { notFound } from 'next/navigation';

/** Any URL no page matches, inside a language: its not-found page, in that language's layout. */
export default function UnknownPage() {
  notFound();
}
