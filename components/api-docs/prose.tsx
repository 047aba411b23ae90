// The OpenAPI document's descriptions as React elements, with `code` in backticks.
import { Fragment } from 'react';

/** Text with `code` in backticks, as React elements (never HTML). */
export function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>))}
    </>
  );
}
