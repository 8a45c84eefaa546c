"use client";
// My boards with their team and my role; create a team or a board; per board, the actions my role
// allows: editors duplicate, owners also rename, archive and delete (after typing the title).
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { keepPreviousData, useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ErrorAlert } from "~/components/ui/error-alert";
import { SelectField } from "~/components/ui/select-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { DialogFormButton } from "./dialog-form-button";

type Board = RouterOutputs["boards"]["mine"][number];

const day = (date: Date) => formatDate(date.toISOString().slice(0, 10));

export function BoardsManager() {
  const trpc = useTRPC();
  const [showArchived, setShowArchived] = useState(false);
  const boards = useQuery({ ...trpc.boards.mine.queryOptions({ includeArchived: showArchived }), placeholderData: keepPreviousData });
  const { data: teams } = useSuspenseQuery(trpc.teams.mine.queryOptions());
  const creatableTeams = teams.filter((team) => team.role === "owner" || team.role === "editor");
  const teamRoleOf = new Map(teams.map((team) => [team.id, team.role]));

  return (
    <>
      <div className="panels">
        <CreateBoardPanel teams={creatableTeams} />
        <CreateTeamPanel />
      </div>
      <div className="toolbar">
        <h2 id="boards-heading">Boards</h2>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          Show archived boards
        </label>
      </div>
      <ErrorAlert error={boards.error} />
      {boards.data && boards.data.length === 0 ? (
        <div className="board-list empty-state">
          <p>No boards yet. Create one above, or ask a board&apos;s owner for an invitation link.</p>
        </div>
      ) : (
        <ul className="board-list" aria-labelledby="boards-heading" aria-busy={boards.isFetching}>
          {boards.data?.map((board) => (
            <BoardRow key={board.id} board={board} canDuplicate={board.teamId !== null && ["owner", "editor"].includes(teamRoleOf.get(board.teamId) ?? "")} />
          ))}
        </ul>
      )}
    </>
  );
}

function useInvalidateBoards() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.boards.mine.pathKey() });
}

function CreateBoardPanel({ teams }: { teams: RouterOutputs["teams"]["mine"] }) {
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateBoards();
  const create = useMutation(trpc.boards.create.mutationOptions({ onSuccess: invalidate }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    create.mutate({ teamId: String(form.get("team")), title: String(form.get("title")).trim() }, { onSuccess: () => formElement.reset() });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New board</h2>
      {teams.length === 0 ? (
        <p className="section-note">Boards belong to a team. Create a team first (you become its owner), or ask to be made an editor of one.</p>
      ) : (
        <form className="inline-form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={`${id}-name`}>Title</label>
            <input id={`${id}-name`} name="title" className="input" required maxLength={120} placeholder="Caspian ports Q3" />
          </div>
          <SelectField id={`${id}-team`} label="Team" name="team" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
          <SubmitButton className="btn btn-primary" pending={create.isPending}>
            Create board
          </SubmitButton>
        </form>
      )}
      <ErrorAlert error={create.error} />
      {create.data ? (
        <p className="alert alert-ok" role="status">
          Created <Link href={`/b/${create.data.id}`}>{create.data.title}</Link>.
        </p>
      ) : null}
    </section>
  );
}

function CreateTeamPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const create = useMutation(
    trpc.teams.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.teams.mine.queryKey() }) }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get("name")).trim();
    create.mutate({ name }, { onSuccess: () => formElement.reset() });
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New team</h2>
      <form className="inline-form" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Team name</label>
          <input id={`${id}-name`} name="name" className="input" required maxLength={120} placeholder="Transport desk" />
        </div>
        <SubmitButton className="btn" pending={create.isPending}>
          Create team
        </SubmitButton>
      </form>
      <ErrorAlert error={create.error} />
      {create.data ? (
        <p className="alert alert-ok" role="status">
          Created the team {create.data.name}; you are its owner.
        </p>
      ) : null}
    </section>
  );
}

function BoardRow({ board, canDuplicate }: { board: Board; canDuplicate: boolean }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateBoards();
  const isOwner = board.role === "owner";
  const duplicate = useMutation(trpc.boards.duplicate.mutationOptions({ onSuccess: invalidate }));
  const archive = useMutation(trpc.boards.archive.mutationOptions({ onSuccess: invalidate }));
  const failure = duplicate.error ?? archive.error;
  const busy = duplicate.isPending || archive.isPending;

  return (
    <li className={`board-row${board.archivedAt ? " archived" : ""}`} data-board-id={board.id}>
      <div>
        <Link href={`/b/${board.id}`} className="board-title">
          {board.title}
        </Link>
        <div className="board-meta">
          <span className={`role-badge role-${board.role}`}>{board.role}</span>
          {board.teamName ? <span>{board.teamName}</span> : null}
          <span>Updated {day(board.updatedAt)}</span>
          {board.archivedAt ? <span className="badge badge-sub">Archived</span> : null}
        </div>
        <ErrorAlert error={failure} />
      </div>
      <div className="board-actions" role="group" aria-label={`Actions for ${board.title}`}>
        {isOwner ? <RenameButton board={board} /> : null}
        {canDuplicate ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => duplicate.mutate({ boardId: board.id })}>
            Duplicate
          </button>
        ) : null}
        {isOwner ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => archive.mutate({ boardId: board.id, archived: !board.archivedAt })}>
            {board.archivedAt ? "Unarchive" : "Archive"}
          </button>
        ) : null}
        {isOwner ? <DeleteButton board={board} /> : null}
      </div>
    </li>
  );
}

function RenameButton({ board }: { board: Board }) {
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateBoards();
  const rename = useMutation(trpc.boards.rename.mutationOptions({ onSuccess: invalidate }));
  return (
    <DialogFormButton
      label="Rename"
      buttonClassName="btn btn-small"
      title={`Rename “${board.title}”`}
      submitLabel="Rename"
      submitClassName="btn btn-primary"
      pending={rename.isPending}
      error={rename.error}
      onSubmit={(form, close) => {
        const title = String(new FormData(form).get("title")).trim();
        rename.mutate({ boardId: board.id, title }, { onSuccess: close });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>New title</label>
        <input id={`${id}-title`} name="title" className="input" defaultValue={board.title} required maxLength={120} autoFocus />
      </div>
    </DialogFormButton>
  );
}

function DeleteButton({ board }: { board: Board }) {
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateBoards();
  const remove = useMutation(trpc.boards.delete.mutationOptions({ onSuccess: invalidate }));
  const [typed, setTyped] = useState("");
  return (
    <DialogFormButton
      label="Delete"
      buttonClassName="btn btn-small btn-danger"
      onOpen={() => setTyped("")}
      title={`Delete “${board.title}”?`}
      submitLabel="Delete board"
      submitClassName="btn btn-danger solid"
      submitDisabled={typed !== board.title}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={(_form, close) => remove.mutate({ boardId: board.id, confirmTitle: typed }, { onSuccess: close })}
    >
      <p>
        This deletes the board and its shared document for everyone, for good. Links to it stop working. Type the board&apos;s title to
        confirm.
      </p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Board title</label>
        <input
          id={`${id}-confirm`}
          className="input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          placeholder={board.title}
          autoFocus
        />
      </div>
    </DialogFormButton>
  );
}
