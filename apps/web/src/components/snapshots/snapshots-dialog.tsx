"use client";
// The board bar's Snapshots button and dialog. The body (list, take, export, share, delete) loads
// when the dialog first opens: it is not needed to show the board.
import dynamic from "next/dynamic";
import { DialogLoading } from "~/components/share/dialog-loading";
import { ModalDialog } from "~/components/share/modal-dialog";
import type { SnapshotsDialogProps } from "./snapshots-body";
import "~/components/share/share.css";
import "./snapshots.css";

const SnapshotsBody = dynamic(() => import("./snapshots-body"), { loading: DialogLoading });

export function SnapshotsDialog(props: SnapshotsDialogProps) {
  return (
    <ModalDialog triggerLabel="Snapshots" triggerClassName="btn btn-small" title={`Snapshots of “${props.boardTitle}”`}>
      {() => <SnapshotsBody {...props} />}
    </ModalDialog>
  );
}
