/** The error summary of a plain form answered by a redirect: one message, linking to its field. */
export function FormErrorSummary({ title, message, field }: { title: string; message: string | null; field: string }) {
  if (!message) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        <li>
          <a href={`#${field}`}>{message}</a>
        </li>
      </ul>
    </div>
  );
}
