/** The result of an options-page action: a status line, or an alert when it failed. */
export function OutcomeLine({ outcome }: { outcome: { ok: boolean; text: string } | null }) {
  if (outcome === null) return null;
  return outcome.ok ? (
    <p role="status">{outcome.text}</p>
  ) : (
    <p role="alert" className="data-export__error">
      {outcome.text}
    </p>
  );
}
