"use client";
// "Import board from JSON": a snapshot exported as JSON becomes a new board in a team where the
// user is an editor or owner. The file is checked in the browser first (a clear reason when it is
// not a snapshot export); the server validates it again and checks the role.
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { errorText } from "~/components/ui/error-text";
import { SelectField } from "~/components/ui/select-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { useT } from "~/i18n/provider";
import { useTRPC } from "~/trpc/react";
import { MAX_IMPORT_BYTES, readSnapshotFile } from "./model";

export function ImportBoardPanel() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const { data: teams } = useSuspenseQuery(trpc.teams.mine.queryOptions());
  const writable = teams.filter((team) => team.role === "owner" || team.role === "editor");
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const importBoard = useMutation(trpc.snapshots.import.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.boards.mine.pathKey() }) }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    setFileError(null);
    importBoard.reset();
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t("snapshot.import.chooseFile"));
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t("snapshot.import.tooLarge"));
      return;
    }
    setReading(true);
    const read = readSnapshotFile(await file.text(), t);
    setReading(false);
    if (!read.ok) {
      setFileError(read.error);
      return;
    }
    importBoard.mutate({ teamId: String(form.get("team")), file: read.file }, { onSuccess: () => formElement.reset() });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("snapshot.import.title")}</h2>
      {writable.length === 0 ? (
        <p className="section-note">{t("snapshot.import.needRole")}</p>
      ) : (
        <>
          <p className="section-note">{t("snapshot.import.note")}</p>
          <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
            <div className="field">
              <label htmlFor={`${id}-file`}>{t("snapshot.import.file")}</label>
              <input id={`${id}-file`} name="file" type="file" accept="application/json,.json" className="input" required />
            </div>
            <SelectField id={`${id}-team`} label={t("snapshot.import.team")} name="team" options={writable.map((team) => ({ value: team.id, label: team.name }))} />
            <SubmitButton className="btn" pending={importBoard.isPending} pendingLabel={t("snapshot.import.importing")} disabled={reading}>
              {t("snapshot.import.submit")}
            </SubmitButton>
          </form>
        </>
      )}
      {fileError ? (
        <div className="alert alert-error" role="alert">
          {fileError}
        </div>
      ) : null}
      {importBoard.error ? (
        <div className="alert alert-error" role="alert">
          {t("snapshot.import.failed", { reason: errorText(importBoard.error, t) })}
        </div>
      ) : null}
      {importBoard.data ? (
        <p className="alert alert-ok" role="status">
          {t("snapshot.import.importedAs")} <Link href={`/b/${importBoard.data.id}`}>{importBoard.data.title}</Link>.
        </p>
      ) : null}
    </section>
  );
}
