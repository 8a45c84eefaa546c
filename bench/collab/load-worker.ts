// A load-generator child process: opens `count` receivers, reports when all are ready, and on
// request sends back every (edit, receive time) pair it saw.
import { startReceiver, type Receiver } from "./raw-client.ts";

interface StartMessage {
  type: "start";
  urls: string[];
  firstClientId: number;
  presence: boolean;
  renewMs: number;
}

type ParentMessage = StartMessage | { type: "collect" } | { type: "stop" };

const receivers: Receiver[] = [];
const seqs: number[] = [];
const times: number[] = [];

function send(message: unknown): void {
  process.send?.(message);
}

process.on("message", (message: ParentMessage) => {
  if (message.type === "start") void start(message);
  else if (message.type === "collect") send({ type: "samples", seqs: Float64Array.from(seqs), times: Float64Array.from(times) });
  else {
    for (const receiver of receivers) receiver.close();
    process.exit(0);
  }
});

async function start(message: StartMessage): Promise<void> {
  const batch = 50;
  let failed = 0;
  for (let i = 0; i < message.urls.length; i += batch) {
    const opened = message.urls.slice(i, i + batch).map((url, offset) =>
      startReceiver({
        url,
        clientId: message.firstClientId + i + offset,
        presence: message.presence,
        renewMs: message.renewMs,
        onEdit: (seq, at) => {
          seqs.push(seq);
          times.push(at);
        },
      }),
    );
    receivers.push(...opened);
    const results = await Promise.allSettled(opened.map((receiver) => receiver.ready));
    failed += results.filter((result) => result.status === "rejected").length;
  }
  send({ type: "ready", failed });
}
