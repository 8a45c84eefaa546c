"use client";
// My boards with their team and my role; create a team or a board; per board, the actions my role
// allows: editors duplicate, owners also rename, archive and delete (after typing the title).
import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { keepPreviousData, useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ErrorAlert } from "~/components/ui/error-alert";
import { SelectField } from "~/components/ui/select-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { useT } from "~/i18n/provider";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { DialogFormButton } from "./dialog-form-button";

type Board = RouterOutputs["boards"]["mine"][number];

const day = (date: Date, t: Translator<Messages>) => formatDate(date.toISOString().slice(0, 10), undefined, t.locale);

const ROLES = ["viewer", "editor", "owner"] as const;
/** A role as its badge words it; an unknown one as it is stored. */
function roleWord(role: string, t: Translator<Messages>): string {
  const known = ROLES.find((value) => value === role);
  return known ? t(`common.role.${known}`) : role;
}

export function BoardsManager() {
  const t = useT();
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
        <h2 id="boards-heading">{t("account.boards.heading")}</h2>
        <label className="check">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t("account.boards.showArchived")}
        </label>
      </div>
      <ErrorAlert error={boards.error} />
      {boards.data && boards.data.length === 0 ? (
        <div className="board-list empty-state">
          <p>{t("account.boards.empty")}</p>
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
  const t = useT();
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
      <h2 id={`${id}-title`}>{t("account.boards.newBoard")}</h2>
      {teams.length === 0 ? (
        <p className="section-note">{t("account.boards.needTeam")}</p>
      ) : (
        <form className="inline-form" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t("account.boards.boardTitle")}</label>
            <input id={`${id}-name`} name="title" className="input" required maxLength={120} placeholder={t("account.boards.boardTitlePlaceholder")} />
          </div>
          <SelectField id={`${id}-team`} label={t("account.boards.team")} name="team" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
          <SubmitButton className="btn btn-primary" pending={create.isPending}>
            {t("account.boards.createBoard")}
          </SubmitButton>
        </form>
      )}
      <ErrorAlert error={create.error} />
      {create.data ? (
        <p className="alert alert-ok" role="status">
          {t("account.boards.created")} <Link href={`/b/${create.data.id}`}>{create.data.title}</Link>.
        </p>
      ) : null}
    </section>
  );
}

function CreateTeamPanel() {
  const t = useT();
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
      <h2 id={`${id}-title`}>{t("account.boards.newTeam")}</h2>
      <form className="inline-form" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("account.boards.teamName")}</label>
          <input id={`${id}-name`} name="name" className="input" required maxLength={120} placeholder={t("account.boards.teamNamePlaceholder")} />
        </div>
        <SubmitButton className="btn" pending={create.isPending}>
          {t("account.boards.createTeam")}
        </SubmitButton>
      </form>
      <ErrorAlert error={create.error} />
      {create.data ? (
        <p className="alert alert-ok" role="status">
          {t("account.boards.teamCreated", { name: create.data.name })}
        </p>
      ) : null}
    </section>
  );
}

function BoardRow({ board, canDuplicate }: { board: Board; canDuplicate: boolean }) {
  const t = useT();
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
          <span className={`role-badge role-${board.role}`}>{roleWord(board.role, t)}</span>
          {board.teamName ? <span>{board.teamName}</span> : null}
          <span>{t("account.boards.updated", { date: day(board.updatedAt, t) })}</span>
          {board.archivedAt ? <span className="badge badge-sub">{t("account.boards.archived")}</span> : null}
        </div>
        <ErrorAlert error={failure} />
      </div>
      <div className="board-actions" role="group" aria-label={t("account.boards.actionsFor", { title: board.title })}>
        {isOwner ? <RenameButton board={board} /> : null}
        {canDuplicate ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => duplicate.mutate({ boardId: board.id })}>
            {t("account.boards.duplicate")}
          </button>
        ) : null}
        {isOwner ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => archive.mutate({ boardId: board.id, archived: !board.archivedAt })}>
            {board.archivedAt ? t("account.boards.unarchive") : t("account.boards.archive")}
          </button>
        ) : null}
        {isOwner ? <DeleteButton board={board} /> : null}
      </div>
    </li>
  );
}

function RenameButton({ board }: { board: Board }) {
  const t = useT();
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateBoards();
  const rename = useMutation(trpc.boards.rename.mutationOptions({ onSuccess: invalidate }));
  return (
    <DialogFormButton
      label={t("account.boards.rename")}
      buttonClassName="btn btn-small"
      title={t("account.boards.renameTitle", { title: board.title })}
      submitLabel={t("account.boards.rename")}
      submitClassName="btn btn-primary"
      pending={rename.isPending}
      error={rename.error}
      onSubmit={(form, close) => {
        const title = String(new FormData(form).get("title")).trim();
        rename.mutate({ boardId: board.id, title }, { onSuccess: close });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("account.boards.newTitle")}</label>
        <input id={`${id}-title`} name="title" className="input" defaultValue={board.title} required maxLength={120} autoFocus />
      </div>
    </DialogFormButton>
  );
}

function DeleteButton({ board }: { board: Board }) {
  const t = useT();
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateBoards();
  const remove = useMutation(trpc.boards.delete.mutationOptions({ onSuccess: invalidate }));
  const [typed, setTyped] = useState("");
  return (
    <DialogFormButton
      label={t("account.boards.delete")}
      buttonClassName="btn btn-small btn-danger"
      onOpen={() => setTyped("")}
      title={t("account.boards.deleteTitle", { title: board.title })}
      submitLabel={t("account.boards.deleteSubmit")}
      submitClassName="btn btn-danger solid"
      submitDisabled={typed !== board.title}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={(_form, close) => remove.mutate({ boardId: board.id, confirmTitle: typed }, { onSuccess: close })}
    >
      <p>{t("account.boards.deleteWarning")}</p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t("account.boards.confirmTitle")}</label>
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
