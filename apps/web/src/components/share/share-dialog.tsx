"use client";
// The board bar's Share button and dialog. The body (members, links and their forms) loads when the
// dialog first opens: it is not needed to show the board.
import dynamic from "next/dynamic";
import { DialogLoading } from "./dialog-loading";
import { ModalDialog } from "./modal-dialog";
import type { ShareDialogProps } from "./share-body";
import "./share.css";

const ShareBody = dynamic(() => import("./share-body"), { loading: DialogLoading });

export function ShareDialog(props: ShareDialogProps) {
  return (
    <ModalDialog triggerLabel="Share" triggerClassName="btn btn-small btn-primary" title={`Share “${props.boardTitle}”`}>
      {() => <ShareBody {...props} />}
    </ModalDialog>
  );
}
