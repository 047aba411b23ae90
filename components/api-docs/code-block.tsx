// JSON shown as a block in the API documentation.

/** JSON in a block that scrolls sideways; focusable and named, so a keyboard can scroll it too. */
export function CodeBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <pre tabIndex={0} role="region" aria-label={label}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
