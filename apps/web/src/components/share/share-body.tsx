"use client";
// The share dialog's body, loaded when the dialog first opens (components/board-bar/board-bar-dialogs.tsx): who has access
// and with which role (owners change roles and remove people), invitation links (role, board or team, expiry), a read-only briefing link, and the
// existing links with revoke. Secrets of new links are shown once, right after creation.
import { useId, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useT } from "~/i18n/provider";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { ErrorAlert } from "~/components/ui/error-alert";
import { errorText } from "~/components/ui/error-text";
import { RowDangerButton } from "~/components/ui/row-danger-button";
import { SelectField } from "~/components/ui/select-field";
import { SubmitButton } from "~/components/ui/submit-button";
import { OneTimeLink } from "./one-time-link";
import {
  BRIEFING_EXPIRY_OPTIONS,
  describeExpiry,
  INVITE_EXPIRY_OPTIONS,
  isRole,
  ROLE_OPTIONS,
  type RoleValue,
} from "./options";

type Member = RouterOutputs["members"]["list"]["items"][number];
type ShareLink = RouterOutputs["links"]["list"]["items"][number];

export interface ShareDialogProps {
  boardId: string;
  boardTitle: string;
  role: RoleValue;
  currentUserId: string;
}

export default function ShareBody({ boardId, role, currentUserId }: ShareDialogProps) {
  const t = useT();
  const isOwner = role === "owner";
  return (
    <>
      <People boardId={boardId} isOwner={isOwner} currentUserId={currentUserId} />
      {isOwner ? (
        <>
          <InviteLinkForm boardId={boardId} />
          <BriefingLinkForm boardId={boardId} />
          <ExistingLinks boardId={boardId} />
        </>
      ) : (
        <section className="share-section">
          <p className="section-note">{t("dialogs.share.ownersOnly")}</p>
        </section>
      )}
    </>
  );
}

function People({ boardId, isOwner, currentUserId }: { boardId: string; isOwner: boolean; currentUserId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.members.list.queryOptions({ boardId }));
  const onDone = (data: RouterOutputs["members"]["list"]) => queryClient.setQueryData(trpc.members.list.queryKey({ boardId }), data);
  const setRole = useMutation(trpc.members.setRole.mutationOptions({ onSuccess: onDone }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: onDone }));
  const failure = setRole.error ?? remove.error;

  return (
    <section className="share-section" aria-labelledby="share-people">
      <h3 id="share-people">{t("dialogs.share.people")}</h3>
      <ErrorAlert error={failure} />
      {members.isPending ? <p className="section-note">{t("dialogs.loading")}</p> : null}
      {members.error ? <p className="alert alert-error">{errorText(members.error, t)}</p> : null}
      <ul className="people" aria-label={t("dialogs.share.members")}>
        {members.data?.items.map((member) => (
          <PersonRow
            key={member.userId}
            member={member}
            isOwner={isOwner}
            isSelf={member.userId === currentUserId}
            busy={setRole.isPending || remove.isPending}
            onRole={(next) => setRole.mutate({ boardId, userId: member.userId, role: next })}
            onRemove={() => remove.mutate({ boardId, userId: member.userId })}
          />
        ))}
      </ul>
    </section>
  );
}

function PersonRow(props: { member: Member; isOwner: boolean; isSelf: boolean; busy: boolean; onRole: (role: RoleValue) => void; onRemove: () => void }) {
  const t = useT();
  const { member } = props;
  const selectId = useId();
  const via = member.boardRole
    ? member.teamRole
      ? t("dialogs.share.viaBoardRole", { role: isRole(member.teamRole) ? t(`common.role.${member.teamRole}`) : member.teamRole })
      : t("dialogs.share.viaInvited")
    : t("dialogs.share.viaTeam");
  return (
    <li className="person">
      <span className="person-who">
        <span className="person-name">
          {member.name}
          {props.isSelf ? t("dialogs.share.you") : ""}
        </span>
        <span className="person-email">
          {member.email} · {via}
        </span>
      </span>
      {props.isOwner ? (
        <>
          <label htmlFor={selectId} className="visually-hidden">
            {t("dialogs.share.roleOf", { name: member.name })}
          </label>
          <select
            id={selectId}
            className="select"
            value={member.role}
            disabled={props.busy}
            onChange={(event) => {
              if (isRole(event.target.value)) props.onRole(event.target.value);
            }}
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(`dialogs.role.${option.value}.label`)}
              </option>
            ))}
          </select>
          {member.teamRole === null && !props.isSelf ? (
            <RowDangerButton action={t("dialogs.share.remove")} subject={member.name} disabled={props.busy} onClick={props.onRemove} />
          ) : null}
        </>
      ) : (
        <span className={`role-badge role-${member.role}`}>{isRole(member.role) ? t(`common.role.${member.role}`) : member.role}</span>
      )}
    </li>
  );
}

/** A role as the badges word it; a value outside the known roles is shown as it is. */
function roleBadge(role: string | null, t: Translator<Messages>): string {
  return role && isRole(role) ? t(`common.role.${role}`) : (role ?? "");
}

const LINK_STATES = ["active", "expired", "revoked"] as const;
const isLinkState = (state: string): state is (typeof LINK_STATES)[number] => (LINK_STATES as readonly string[]).includes(state);

/** Refetches the board's link list after a link is created or revoked. */
function useInvalidateLinks(boardId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.links.list.queryKey({ boardId }) });
}

function InviteLinkForm({ boardId }: { boardId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateLinks(boardId);
  const create = useMutation(trpc.links.createInvite.mutationOptions({ onSuccess: invalidate }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get("role"));
    create.mutate({
      boardId,
      role: isRole(role) ? role : "viewer",
      scope: form.get("scope") === "team" ? "team" : "board",
      expiresInHours: Number(form.get("expiry")),
    });
  }

  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("dialogs.share.inviteTitle")}</h3>
      <p className="section-note">{t("dialogs.share.inviteNote")}</p>
      <form onSubmit={onSubmit} className="share-grid">
        <SelectField
          id={`${id}-role`}
          label={t("dialogs.share.role")}
          name="role"
          options={ROLE_OPTIONS.map((option) => ({ value: option.value, label: t(`dialogs.role.${option.value}.label`) }))}
          defaultValue="editor"
        />
        <fieldset className="fieldset">
          <legend>{t("dialogs.share.accessTo")}</legend>
          <div className="segmented">
            <label>
              <input type="radio" name="scope" value="board" defaultChecked /> {t("dialogs.share.thisBoard")}
            </label>
            <label>
              <input type="radio" name="scope" value="team" /> {t("dialogs.share.wholeTeam")}
            </label>
          </div>
        </fieldset>
        <ExpiryField id={`${id}-expiry`} options={INVITE_EXPIRY_OPTIONS} defaultHours={24 * 7} />
        <SubmitButton className="btn" pending={create.isPending} pendingLabel={t("dialogs.share.creating")}>
          {t("dialogs.share.createInvite")}
        </SubmitButton>
      </form>
      <ErrorAlert error={create.error} />
      {create.data ? (
        <OneTimeLink
          label={t("dialogs.share.inviteTitle")}
          path={create.data.path}
          note={t(create.data.scope === "team" ? "dialogs.share.grantsTeam" : "dialogs.share.grantsBoard", { role: roleBadge(create.data.role, t) })}
        />
      ) : null}
    </section>
  );
}

function BriefingLinkForm({ boardId }: { boardId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const id = useId();
  const invalidate = useInvalidateLinks(boardId);
  const create = useMutation(trpc.links.createBriefing.mutationOptions({ onSuccess: invalidate }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const label = String(form.get("label") ?? "").trim();
    create.mutate({ boardId, expiresInHours: Number(form.get("expiry")), ...(label ? { label } : {}) });
  }

  return (
    <section className="share-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("dialogs.share.briefingTitle")}</h3>
      <p className="section-note">{t("dialogs.share.briefingNote")}</p>
      <form onSubmit={onSubmit} className="share-grid two">
        <div className="field">
          <label htmlFor={`${id}-label`}>{t("dialogs.share.label")}</label>
          <input id={`${id}-label`} name="label" className="input" maxLength={120} placeholder={t("dialogs.share.labelPlaceholder")} />
        </div>
        <ExpiryField id={`${id}-expiry`} options={BRIEFING_EXPIRY_OPTIONS} defaultHours={24} />
        <SubmitButton className="btn" pending={create.isPending} pendingLabel={t("dialogs.share.creating")}>
          {t("dialogs.share.createBriefing")}
        </SubmitButton>
      </form>
      <ErrorAlert error={create.error} />
      {create.data ? <OneTimeLink label={t("dialogs.share.briefingLink")} path={create.data.path} /> : null}
    </section>
  );
}

/** The "Expires after" choice of a link form, read as hours from the form's `expiry` field. */
function ExpiryField({ id, options, defaultHours }: { id: string; options: typeof INVITE_EXPIRY_OPTIONS; defaultHours: number }) {
  const t = useT();
  const choices = options.map((option) => ({ value: option.hours, label: t(`dialogs.expiry.${option.label}`) }));
  return <SelectField id={id} label={t("dialogs.share.expiresAfter")} name="expiry" options={choices} defaultValue={String(defaultHours)} />;
}

function ExistingLinks({ boardId }: { boardId: string }) {
  const t = useT();
  const trpc = useTRPC();
  const links = useQuery(trpc.links.list.queryOptions({ boardId }));
  const invalidate = useInvalidateLinks(boardId);
  const revoke = useMutation(trpc.links.revoke.mutationOptions({ onSuccess: invalidate }));
  const now = new Date();

  return (
    <section className="share-section" aria-labelledby="share-links">
      <h3 id="share-links">{t("dialogs.share.links")}</h3>
      <ErrorAlert error={revoke.error} />
      {links.isPending ? <p className="section-note">{t("dialogs.loading")}</p> : null}
      {links.data && links.data.items.length === 0 ? <p className="section-note">{t("dialogs.share.noLinks")}</p> : null}
      <ul className="links" aria-label={t("dialogs.share.existingLinks")}>
        {links.data?.items.map((link) => (
          <LinkRow key={link.id} link={link} now={now} busy={revoke.isPending} onRevoke={() => revoke.mutate({ boardId, linkId: link.id })} />
        ))}
      </ul>
    </section>
  );
}

function LinkRow({ link, now, busy, onRevoke }: { link: ShareLink; now: Date; busy: boolean; onRevoke: () => void }) {
  const t = useT();
  const what =
    link.kind === "briefing"
      ? t("dialogs.share.briefingTitle")
      : t(link.scope === "team" ? "dialogs.share.invitationTeam" : "dialogs.share.invitationBoard", { role: roleBadge(link.role, t) });
  return (
    <li className="link-item" data-link-id={link.id}>
      <span className="link-what">
        {what}
        {link.label ? ` — ${link.label}` : ""}
        <span className="link-meta">
          {link.state === "revoked" ? t("dialogs.share.revoked") : describeExpiry(link.expiresAt, now, t)} · {t("dialogs.share.used", { count: link.useCount })}
        </span>
      </span>
      <span className={`state state-${link.state}`}>{isLinkState(link.state) ? t(`dialogs.share.state.${link.state}`) : link.state}</span>
      {link.state === "active" ? (
        <RowDangerButton action={t("dialogs.share.revoke")} subject={what} disabled={busy} onClick={onRevoke} />
      ) : null}
    </li>
  );
}
