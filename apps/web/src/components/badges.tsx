const STATUS_LABEL: Record<string, string> = {
  pledged: "Pledged",
  MoU: "MoU",
  signed: "Signed",
  disbursed: "Disbursed",
};

const STATUS_HINT: Record<string, string> = {
  pledged: "Announced or promised; no binding agreement",
  MoU: "Memorandum of understanding: intent, not a signed loan",
  signed: "Binding agreement signed",
  disbursed: "Money paid out",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge-${status.toLowerCase()}`} title={STATUS_HINT[status]}>
      {STATUS_LABEL[status] ?? status}
    </span>
  );
}

export function ConfidenceBadge({ confidence }: { confidence: string }) {
  return (
    <span className="badge badge-conf">
      <span className="visually-hidden">Confidence: </span>
      {confidence}
    </span>
  );
}

export function ContextBadge() {
  return (
    <span className="badge badge-context" title="Not in the seed note: context added by the fact base">
      Context
    </span>
  );
}
