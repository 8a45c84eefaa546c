// In-process counters and a latency reservoir, exposed as JSON on /metrics.
import type { Clock } from "./rate-limit.ts";

const RESERVOIR = 4096;
const RATE_WINDOW_S = 10;

export interface MetricsGauges {
  rooms: number;
  connections: number;
  pendingAppends: number;
  uncompactedUpdates: number;
  oldestUncompactedMs: number;
}

export interface MetricsSnapshot extends MetricsGauges {
  uptimeSeconds: number;
  updatesTotal: number;
  updatesPerSecond: number;
  appendBatches: number;
  appendFailures: number;
  /** Time from receiving an update to its commit in the log (ms). */
  appendLatencyMs: { p50: number; p95: number; p99: number; max: number; samples: number };
  compactions: number;
  compactionFailures: number;
  messagesIn: number;
  bytesIn: number;
  awarenessBroadcasts: number;
  deniedViewerUpdates: number;
  rejectedAwareness: number;
  rejectedConnections: Record<string, number>;
  closedConnections: Record<string, number>;
  /** The process's memory (bytes): RSS, the JS heap in use, and buffers outside the heap. */
  memory: { rss: number; heapUsed: number; external: number; arrayBuffers: number };
}

export class Metrics {
  updatesTotal = 0;
  appendBatches = 0;
  appendFailures = 0;
  compactions = 0;
  compactionFailures = 0;
  messagesIn = 0;
  bytesIn = 0;
  awarenessBroadcasts = 0;
  deniedViewerUpdates = 0;
  rejectedAwareness = 0;
  readonly rejected: Record<string, number> = {};
  readonly closed: Record<string, number> = {};
  private readonly latencies = new Float64Array(RESERVOIR);
  private latencyCount = 0;
  private readonly perSecond = new Map<number, number>();
  private readonly startedAt: number;

  constructor(private readonly now: Clock) {
    this.startedAt = now();
  }

  recordUpdates(count: number, latenciesMs: readonly number[]): void {
    this.updatesTotal += count;
    const second = Math.floor(this.now() / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + count);
    for (const key of this.perSecond.keys()) if (key <= second - RATE_WINDOW_S) this.perSecond.delete(key);
    for (const latency of latenciesMs) {
      this.latencies[this.latencyCount % RESERVOIR] = latency;
      this.latencyCount++;
    }
  }

  countRejected(code: string): void {
    this.rejected[code] = (this.rejected[code] ?? 0) + 1;
  }

  countClosed(code: string): void {
    this.closed[code] = (this.closed[code] ?? 0) + 1;
  }

  snapshot(gauges: MetricsGauges): MetricsSnapshot {
    const second = Math.floor(this.now() / 1000);
    let recent = 0;
    for (const [key, count] of this.perSecond) if (key > second - RATE_WINDOW_S && key < second) recent += count;
    const samples = Array.from(this.latencies.subarray(0, Math.min(this.latencyCount, RESERVOIR))).sort((a, b) => a - b);
    return {
      ...gauges,
      uptimeSeconds: Math.round((this.now() - this.startedAt) / 1000),
      updatesTotal: this.updatesTotal,
      updatesPerSecond: recent / (RATE_WINDOW_S - 1),
      appendBatches: this.appendBatches,
      appendFailures: this.appendFailures,
      appendLatencyMs: {
        p50: quantile(samples, 0.5),
        p95: quantile(samples, 0.95),
        p99: quantile(samples, 0.99),
        max: samples.at(-1) ?? 0,
        samples: samples.length,
      },
      compactions: this.compactions,
      compactionFailures: this.compactionFailures,
      messagesIn: this.messagesIn,
      bytesIn: this.bytesIn,
      awarenessBroadcasts: this.awarenessBroadcasts,
      deniedViewerUpdates: this.deniedViewerUpdates,
      rejectedAwareness: this.rejectedAwareness,
      rejectedConnections: { ...this.rejected },
      closedConnections: { ...this.closed },
      memory: memoryNow(),
    };
  }
}

function memoryNow(): MetricsSnapshot["memory"] {
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, external, arrayBuffers };
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 100) / 100;
}
