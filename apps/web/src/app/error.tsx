"use client";
// Shown when the overview cannot be rendered (e.g. the database is not migrated or not reachable).

export default function OverviewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="page">
      <h1>Corridor Board</h1>
      <div className="error-box" role="alert">
        <h2>The overview could not be loaded</h2>
        <p>
          The server could not read the fact base. If this is a fresh set-up, run <code>pnpm db:migrate</code> and{" "}
          <code>pnpm db:seed</code> from the repository root, then try again.
        </p>
        {error.digest ? <p className="section-note">Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
