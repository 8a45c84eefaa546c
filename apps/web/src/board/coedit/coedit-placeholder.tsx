// What the co-editing parts show in the server HTML and until their code arrives: the same cards
// and status the loaded parts show while the shared document connects, so nothing jumps.

/** The header's co-editing strip before the live document exists. */
export function CoeditConnecting() {
  return (
    <span className="coedit-status" data-status="syncing">
      Connecting…
    </span>
  );
}

/** The co-editing area below the charts. */
export function CoeditPlaceholder() {
  return (
    <div className="coedit-section" aria-busy="true">
      <section className="coedit-card" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">Scenario assumptions</h2>
        <p className="muted">Loading the shared scenario…</p>
      </section>
      <div className="coedit-grid">
        <section className="coedit-card" aria-labelledby="commentary-title">
          <div className="coedit-card-head">
            <h2 id="commentary-title">Commentary</h2>
          </div>
          <p className="muted">Loading the shared document…</p>
        </section>
      </div>
    </div>
  );
}
