"use client";
// The board bar's Snapshots, Export and Share buttons, for signed-in members. Each dialog's code
// (list, forms, exports) loads when it first opens: none of it is needed to show the board.
import type { BoardExportBodyProps } from "~/components/export/board-export-body";
import { DialogButton } from "~/components/share/dialog-button";
import { DialogLoading } from "~/components/share/dialog-loading";
import type { ShareDialogProps } from "~/components/share/share-body";
import type { SnapshotsDialogProps } from "~/components/snapshots/snapshots-body";
import { useT } from "~/i18n/provider";
import { lazyComponent } from "~/lib/lazy-component";
import "~/components/share/share.css";
import "~/components/snapshots/snapshots.css";

const SnapshotsBody = lazyComponent<SnapshotsDialogProps>(() => import("~/components/snapshots/snapshots-body").then((m) => m.default), { loading: DialogLoading });
const BoardExportBody = lazyComponent<BoardExportBodyProps>(() => import("~/components/export/board-export-body").then((m) => m.default), { loading: DialogLoading });
const ShareBody = lazyComponent<ShareDialogProps>(() => import("~/components/share/share-body").then((m) => m.default), { loading: DialogLoading });

export function BoardBarDialogs(props: ShareDialogProps & SnapshotsDialogProps) {
  const t = useT();
  const { boardId, boardTitle, role } = props;
  return (
    <>
      <DialogButton label={t("dialogs.bar.snapshots")} className="btn btn-small" title={t("dialogs.bar.snapshotsTitle", { title: boardTitle })}>
        <SnapshotsBody boardId={boardId} boardTitle={boardTitle} role={role} />
      </DialogButton>
      <DialogButton label={t("dialogs.bar.export")} className="btn btn-small" title={t("dialogs.bar.exportTitle", { title: boardTitle })}>
        <BoardExportBody boardId={boardId} boardTitle={boardTitle} />
      </DialogButton>
      <DialogButton label={t("dialogs.bar.share")} className="btn btn-small btn-primary" title={t("dialogs.bar.shareTitle", { title: boardTitle })}>
        <ShareBody {...props} />
      </DialogButton>
    </>
  );
}
