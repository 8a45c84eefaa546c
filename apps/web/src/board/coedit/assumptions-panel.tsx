"use client";
// The scenario assumptions, shared live: a slider and an exact number per assumption with its unit,
// reset to default, and who changed it last. Every client recomputes the scenario in the browser
// (the same pure model as the server) and shows it beside the baseline with the sources it rests on.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { compareScenario, defaultValues, resolveAssumptions, type ScenarioBase, type ScenarioRun } from "@corridor/domain/scenario";
import { intlTag } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages/en";
import { useT } from "~/i18n/provider";
import type { Translator } from "~/i18n/translate";
import { formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { useBoard } from "../board-context";
import { SourceCitations } from "../citations";
import { useCollab, type AssumptionDefinitionView } from "../collab/collab-context";
import type { Source } from "../model";
import { ShownScenarioNote } from "../views/shown-scenario-note";
import { useShownScenario } from "../views/shown-scenario";
import { formatAssumption, formatCount, formatDecimal, formatDelta, formatMt, formatShare } from "./scenario-format";

export function AssumptionsPanel() {
  const collab = useCollab();
  const t = useT();
  const { shown } = useShownScenario();
  if (!collab?.boardDoc || !collab.base) {
    return (
      <section className="coedit-card" aria-labelledby="assumptions-title">
        <h2 id="assumptions-title">{t("coedit.scenario.title")}</h2>
        <p className="muted">{t("coedit.scenario.loading")}</p>
      </section>
    );
  }
  // A saved view's or the presenter's values, when they are shown instead of the live ones.
  const values = shown ? { ...shown.values } : collab.boardDoc.assumptions();
  return (
    <section className="coedit-card coedit-scenario" aria-labelledby="assumptions-title" data-testid="assumptions-panel">
      <div className="coedit-card-head">
        <h2 id="assumptions-title">{t("coedit.scenario.title")}</h2>
        <p className="chart-note">{t("coedit.scenario.shared")}</p>
        {collab.readOnlyReason ? (
          <p className="readonly-note" role="note">
            {collab.readOnlyReason}
          </p>
        ) : null}
        <ShownScenarioNote />
      </div>
      <div className="scenario-layout">
        <ul className="assumption-list">
          {collab.definitions.map((definition) => (
            <AssumptionRow key={definition.key} definition={definition} value={values[definition.key]} preview={shown !== null} />
          ))}
        </ul>
        <ScenarioFigures base={collab.base} definitions={collab.definitions} values={values} />
      </div>
    </section>
  );
}

function AssumptionRow({ definition, value, preview }: { definition: AssumptionDefinitionView; value: number | undefined; preview: boolean }) {
  const collab = useCollab();
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!collab?.boardDoc) return null;
  const { boardDoc, author } = collab;
  // Values shown from a view or a presenter are not the shared ones: they cannot be edited here.
  const readOnly = collab.readOnly || preview;
  const current = value ?? definition.default;
  const edit = boardDoc.lastAssumptionEdit(definition.key);
  const id = `assumption-${definition.key}`;
  const shownValue = (v: number) => formatAssumption(v, definition.step, t.locale);

  const set = (next: number) => {
    if (!author || readOnly) return;
    if (!Number.isFinite(next) || next < definition.min || next > definition.max) {
      setError(t("coedit.scenario.rangeError", { min: shownValue(definition.min), max: shownValue(definition.max) }));
      return;
    }
    setError(null);
    boardDoc.setAssumption(definition.key, next, author);
  };
  const commitDraft = () => {
    if (draft === null) return;
    const parsed = Number(draft.replace(",", "."));
    setDraft(null);
    if (draft.trim() !== "" && parsed !== current) set(parsed);
  };

  return (
    <li className="assumption" data-testid={id} data-value={current}>
      <label htmlFor={id} className="assumption-name">
        {definition.name}
      </label>
      <div className="assumption-inputs">
        <input
          id={id}
          type="range"
          min={definition.min}
          max={definition.max}
          step={definition.step}
          value={current}
          disabled={readOnly}
          onChange={(event) => set(Number(event.target.value))}
          aria-describedby={`${id}-unit`}
        />
        <input
          type="number"
          className="assumption-number"
          min={definition.min}
          max={definition.max}
          step={definition.step}
          value={draft ?? formatAssumption(current, definition.step)}
          readOnly={readOnly}
          aria-label={t("coedit.scenario.exactValue", { name: definition.name })}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitDraft}
          onKeyDown={(event) => {
            if (event.key === "Enter") commitDraft();
            if (event.key === "Escape") setDraft(null);
          }}
        />
        <button
          type="button"
          className="link-button"
          disabled={readOnly || value === undefined}
          onClick={() => author && boardDoc.resetAssumption(definition.key, author)}
          title={t("coedit.scenario.resetTitle", { value: shownValue(definition.default) })}
        >
          {t("coedit.scenario.reset")}
        </button>
      </div>
      <p className="assumption-meta" id={`${id}-unit`}>
        <span>{definition.unit}</span>
        <span>
          {t(value === undefined ? "coedit.scenario.defaultValue" : "coedit.scenario.defaultValueChanged", { value: shownValue(definition.default) })}
        </span>
        {edit ? (
          <span className="assumption-edit" data-testid={`${id}-edit`}>
            {t("coedit.scenario.changedBy", { name: edit.name, when: new Date(edit.at).toLocaleString(intlTag(t.locale), { dateStyle: "medium", timeStyle: "short" }) })}
          </span>
        ) : null}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

interface FigureRow {
  key: string;
  label: string;
  baseline: number;
  scenario: number;
  format: (value: number) => string;
}

// Years go into the messages as text: a number placeholder would be grouped ("2,030").
function figureRows(baseline: ScenarioRun, scenario: ScenarioRun, t: Translator<Messages>): FigureRow[] {
  const lastYear = (run: ScenarioRun) => run.corridor.years.at(-1);
  const b = lastYear(baseline);
  const s = lastYear(scenario);
  const eur = (v: number) => formatMoney(v, "EUR", t.locale);
  const mt = (v: number) => formatMt(v, t.locale);
  const count = (v: number) => formatCount(v, t.locale);
  const rows: FigureRow[] = [{ key: "investment-total", label: t("coedit.scenario.realisedInvestment", { year: String(scenario.horizon) }), baseline: baseline.investment.totalEur, scenario: scenario.investment.totalEur, format: eur }];
  for (const actor of scenario.investment.byActor) {
    const before = baseline.investment.byActor.find((a) => a.actor === actor.actor);
    rows.push({ key: `actor-${actor.actor}`, label: `  ${actor.actor}`, baseline: before?.realisedEur ?? 0, scenario: actor.realisedEur, format: eur });
  }
  if (b && s) {
    rows.push(
      { key: "mc-volume", label: t("coedit.scenario.corridorCargo", { year: String(s.year) }), baseline: b.volumeMt, scenario: s.volumeMt, format: mt },
      { key: "mc-capacity", label: t("coedit.scenario.corridorCapacity", { year: String(s.year) }), baseline: b.capacityMt, scenario: s.capacityMt, format: mt },
      { key: "mc-utilisation", label: t("coedit.scenario.utilisation", { year: String(s.year) }), baseline: b.utilisation, scenario: s.utilisation, format: formatShare },
    );
  }
  rows.push(
    { key: "diverted", label: t("coedit.scenario.diverted"), baseline: baseline.routes.divertedTeu, scenario: scenario.routes.divertedTeu, format: count },
    { key: "unserved", label: t("coedit.scenario.unserved"), baseline: baseline.routes.unservedTeu, scenario: scenario.routes.unservedTeu, format: count },
    { key: "risk", label: t("coedit.scenario.risk"), baseline: baseline.risk.score, scenario: scenario.risk.score, format: (v) => formatDecimal(v, 1, t.locale) },
  );
  return rows;
}

function ScenarioFigures({ base, definitions, values }: { base: ScenarioBase; definitions: readonly AssumptionDefinitionView[]; values: Record<string, number> }) {
  const { data } = useBoard();
  const t = useT();
  const { baseline, scenario } = compareScenario(base, defaultValues(definitions), resolveAssumptions(definitions, values).values);
  const rows = figureRows(baseline, scenario, t);
  const over = (run: ScenarioRun) =>
    run.corridor.firstYearOverCapacity === null ? t("coedit.scenario.notBefore", { year: String(run.horizon) }) : String(run.corridor.firstYearOverCapacity);
  const sourceIds = [...new Set(Object.values(base).flatMap((figure: unknown) => (typeof figure === "object" && figure !== null && "sourceIds" in figure ? (figure as { sourceIds: string[] }).sourceIds : [])))].sort();
  const sources = useScenarioSources(sourceIds, data.sources);
  return (
    <div className="scenario-figures" data-testid="scenario-figures">
      <table className="scenario-table">
        <caption>{t("coedit.scenario.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coedit.scenario.figure")}</th>
            <th scope="col">{t("coedit.scenario.baseline")}</th>
            <th scope="col" className="scenario-col">
              {t("coedit.scenario.scenario")}
            </th>
            <th scope="col">{t("coedit.scenario.change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row" className={row.label.startsWith("  ") ? "indent" : undefined}>
                {row.label.trim()}
              </th>
              <td>{row.format(row.baseline)}</td>
              <td className="scenario-col" data-testid={`scenario-${row.key}`}>
                {row.format(row.scenario)}
              </td>
              <td className="muted">{formatDelta(row.scenario, row.baseline, row.format)}</td>
            </tr>
          ))}
          <tr data-figure="over-capacity">
            <th scope="row">{t("coedit.scenario.firstYearOverCapacity")}</th>
            <td>{over(baseline)}</td>
            <td className="scenario-col">{over(scenario)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      {scenario.investment.notes.length > 0 ? (
        <ul className="scenario-notes">
          {scenario.investment.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <details className="scenario-sources">
        <summary>{t("coedit.scenario.sourcesSummary", { count: sourceIds.length })}</summary>
        <SourceCitations ids={sourceIds} sources={sources} label={t("coedit.scenario.sourcesLabel")} />
      </details>
    </div>
  );
}

/** The board's sources, plus any base-figure source the board's own queries did not load. */
function useScenarioSources(ids: readonly string[], known: ReadonlyMap<string, Source>): ReadonlyMap<string, Source> {
  const trpc = useTRPC();
  const missing = ids.filter((id) => !known.has(id)).slice(0, 100);
  const extra = useQuery({ ...trpc.sources.byIds.queryOptions({ ids: missing }), enabled: missing.length > 0, staleTime: Infinity });
  if (!extra.data || missing.length === 0) return known;
  return new Map([...known, ...extra.data.items.map((s) => [s.id, s] as const)]);
}
