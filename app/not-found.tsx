import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="narrow">
      <h1>Not found</h1>
      <p>There is no such document or language here.</p>
      <p>
        <Link href="/">Back to the documents</Link>
      </p>
    </div>
  );
}
