// A `ws`-backed socket class for y-websocket that drops, duplicates and reorders (delays) frames
// in both directions while faults are on. Decisions come from a seeded PRNG.
import * as prng from "lib0/prng";
import WebSocket from "ws";

export interface FaultSettings {
  drop: number;
  duplicate: number;
  delay: number;
  maxDelayMs: number;
}

export class FaultInjector {
  enabled = true;
  dropped = 0;
  duplicated = 0;
  delayed = 0;

  constructor(
    private readonly rng: prng.PRNG,
    private readonly settings: FaultSettings,
  ) {}

  deliver(send: () => void): void {
    if (!this.enabled) return send();
    const roll = prng.real53(this.rng);
    const { drop, duplicate, delay, maxDelayMs } = this.settings;
    if (roll < drop) {
      this.dropped++;
      return;
    }
    if (roll < drop + duplicate) {
      this.duplicated++;
      send();
      send();
      return;
    }
    if (roll < drop + duplicate + delay) {
      this.delayed++;
      setTimeout(send, prng.int32(this.rng, 1, maxDelayMs));
      return;
    }
    send();
  }
}

interface MessageEventLike {
  data: ArrayBuffer;
}

export function faultySocketClass(faults: FaultInjector): unknown {
  return class FaultySocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;
    readonly CONNECTING = 0;
    readonly OPEN = 1;
    readonly CLOSING = 2;
    readonly CLOSED = 3;
    binaryType = "arraybuffer";
    onopen: ((event: object) => void) | null = null;
    onmessage: ((event: MessageEventLike) => void) | null = null;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    private readonly inner: WebSocket;

    constructor(url: string, protocols?: string | string[]) {
      this.inner = new WebSocket(url, protocols);
      this.inner.binaryType = "arraybuffer";
      this.inner.on("open", () => this.onopen?.({}));
      this.inner.on("message", (data: ArrayBuffer) => faults.deliver(() => this.onmessage?.({ data })));
      this.inner.on("close", (code, reason) => this.onclose?.({ code, reason: reason.toString() }));
      this.inner.on("error", (error) => this.onerror?.(error));
    }

    get readyState(): number {
      return this.inner.readyState;
    }

    send(data: Uint8Array): void {
      faults.deliver(() => {
        if (this.inner.readyState === WebSocket.OPEN) this.inner.send(data);
      });
    }

    close(): void {
      this.inner.close();
    }
  };
}
