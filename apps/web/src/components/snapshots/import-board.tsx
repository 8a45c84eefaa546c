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
import { useTRPC } from "~/trpc/react";
import { MAX_IMPORT_BYTES, readSnapshotFile } from "./model";

export function ImportBoardPanel() {
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
      setFileError("Choose a JSON file exported from a snapshot.");
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError("This file is too large to be a snapshot export.");
      return;
    }
    setReading(true);
    const read = readSnapshotFile(await file.text());
    setReading(false);
    if (!read.ok) {
      setFileError(read.error);
      return;
    }
    importBoard.mutate({ teamId: String(form.get("team")), file: read.file }, { onSuccess: () => formElement.reset() });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import board from JSON</h2>
      {writable.length === 0 ? (
        <p className="section-note">Importing creates a board in a team: you need to be an editor or owner of one.</p>
      ) : (
        <>
          <p className="section-note">A snapshot exported as JSON (format corridor-board.snapshot, version 1) becomes a new board.</p>
          <form className="inline-form" onSubmit={(event) => void onSubmit(event)}>
            <div className="field">
              <label htmlFor={`${id}-file`}>Snapshot file</label>
              <input id={`${id}-file`} name="file" type="file" accept="application/json,.json" className="input" required />
            </div>
            <SelectField id={`${id}-team`} label="Import into team" name="team" options={writable.map((team) => ({ value: team.id, label: team.name }))} />
            <SubmitButton className="btn" pending={importBoard.isPending} pendingLabel="Importing…" disabled={reading}>
              Import board
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
          The board could not be imported: {errorText(importBoard.error)}
        </div>
      ) : null}
      {importBoard.data ? (
        <p className="alert alert-ok" role="status">
          Imported as <Link href={`/b/${importBoard.data.id}`}>{importBoard.data.title}</Link>.
        </p>
      ) : null}
    </section>
  );
}
