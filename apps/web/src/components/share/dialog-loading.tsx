// What a board-bar dialog shows while its body's code loads (the first opening only).
export function DialogLoading() {
  return (
    <p className="section-note" role="status">
      Loading…
    </p>
  );
}
