/**
 * A small destructive button in a list row. The visible word stays short ("Revoke"); the rest of
 * its accessible name, hidden on screen, says which row it acts on, so a list of them reads apart.
 */
export function RowDangerButton(props: { action: string; subject: string; disabled?: boolean; onClick: () => void }) {
  return (
    <button type="button" className="btn btn-small btn-danger" disabled={props.disabled} onClick={props.onClick}>
      {props.action}
      <span className="visually-hidden"> {props.subject}</span>
    </button>
  );
}
