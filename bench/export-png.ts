// Snapshot and export benchmark (take and open a snapshot, PNG and PDF exports): the seeded board with a ~160 KB live document (long commentary, assessments
// and notes, as the collab server stores it in the update log) exported as the 2× PNG of the whole
// board, through the same server function the /api/export/png route calls (access check, document
// load, figures, composition, rasterisation, PNG encoding). The same-run baseline is the PDF
// briefing pack of the same board. Reports medians over rounds; target: PNG ≤ 1 s.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { createSnapshot, FactStore, getSnapshot, liveBoardPdf, liveBoardPng } from "@corridor/api";
import { BoardDoc } from "@corridor/board-doc";
import { createTestDatabase } from "@corridor/prisma/testing";
import { formatTable, median } from "./lib/stats.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 3 : 7;
const BOARD_ID = "kazakhstan-china-eu";
const TARGET_MS = 1000;
const DOC_BYTES = 160 * 1024;

/** A board document of about `bytes`: commentary, assessment sections and map notes by two analysts. */
function largeDocument(assumptions: ConstructorParameters<typeof BoardDoc>[1]["assumptions"], bytes: number): Uint8Array {
  const doc = new BoardDoc(new Y.Doc(), { assumptions });
  const analystA = { id: "analyst-a", name: "Aigerim Analyst" };
  const analystB = { id: "analyst-b", name: "Boris Reviewer" };
  const analyst = (n: number) => (n % 2 === 0 ? analystA : analystB);
  const size = () => Y.encodeStateAsUpdate(doc.doc).byteLength;
  let i = 0;
  const sentences = (count: number) =>
    Array.from({ length: count }, () => {
      i += 1;
      return `Point ${i}: Aktau and Kuryk ferry capacity, the Caspian crossing and rail gauge changes at Dostyk set the pace of the Middle Corridor; EU and EBRD commitments follow the signed projects, not the pledges. `;
    }).join("");
  const paragraph = (fragment: Y.XmlFragment, text: string) => {
    const p = new Y.XmlElement("paragraph");
    p.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [p]);
  };
  for (let n = 0; size() < bytes * 0.6; n += 1) doc.doc.transact(() => paragraph(doc.commentary, sentences(8)), analyst(n).id);
  for (let s = 0; size() < bytes * 0.9 && s < 12; s += 1) {
    const author = analyst(s);
    const id = doc.addAssessment(`Assessment ${s + 1}: transit risk and investment realisation`, author);
    const section = doc.assessments().find((a) => a.id === id);
    if (section) doc.doc.transact(() => paragraph(section.body, sentences(10)), author.id);
  }
  for (let n = 0; size() < bytes; n += 1) {
    doc.addAnnotation({ target: { kind: "point", lonLat: [51 + (n % 20) / 10, 43 + (n % 7) / 10] }, text: sentences(1), color: "#d9480f" }, analyst(n));
  }
  return Y.encodeStateAsUpdate(doc.doc);
}

/**
 * Wall time and this process's CPU time (all threads: resvg rasterises on a worker thread) of one
 * export. On a busy machine the wall time includes waiting for a core; the CPU time does not.
 */
async function time(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

export async function runExportPngBench(): Promise<void> {
  const db = await createTestDatabase("sqlite");
  try {
    const client = db.database.client;
    const facts = await new FactStore(client).snapshot();
    const state = largeDocument(facts.assumptions, DOC_BYTES);
    await client.docUpdate.create({ data: { room: BOARD_ID, update: new Uint8Array(state) } });
    // An editor of the board (snapshots are taken by editors): every step checks access as its route does.
    await client.user.create({ data: { id: "bench-reader", name: "Bench Reader", email: "bench@example.org" } });
    await client.team.create({ data: { id: "bench-team", name: "Bench desk", members: { create: { userId: "bench-reader", role: "editor" } } } });
    await client.board.update({ where: { id: BOARD_ID }, data: { teamId: "bench-team" } });
    const options = { db: client, facts, userId: "bench-reader", boardId: BOARD_ID };

    // Warm-up: module loading, fonts, the world atlas.
    const first = await liveBoardPng(options);
    await liveBoardPdf(options);
    const png: { wall: number; cpu: number }[] = [];
    const pdf: { wall: number; cpu: number }[] = [];
    const take: { wall: number; cpu: number }[] = [];
    const open: { wall: number; cpu: number }[] = [];
    const user = { id: "bench-reader", name: "Bench Reader" };
    for (let round = 0; round < ROUNDS; round += 1) {
      png.push(await time(() => liveBoardPng(options)));
      pdf.push(await time(() => liveBoardPdf(options)));
      // Take a snapshot (document, frozen data, figures, sources), then open it as /s/<id> reads it.
      let snapshotId = "";
      take.push(await time(async () => (snapshotId = (await createSnapshot({ db: client, facts, user, boardId: BOARD_ID, name: `Bench ${round}` })).id)));
      open.push(await time(() => getSnapshot({ db: client, userId: user.id, snapshotId })));
    }
    const takeMs = median(take.map((r) => r.wall));
    const openMs = median(open.map((r) => r.wall));
    const pngMs = median(png.map((r) => r.wall));
    const pdfMs = median(pdf.map((r) => r.wall));
    const pngCpuMs = median(png.map((r) => r.cpu));
    const pdfCpuMs = median(pdf.map((r) => r.cpu));
    console.log(`\nSnapshots and exports (PNG 2×, PDF) of the seeded board with a ${(state.byteLength / 1024).toFixed(0)} KB document, ${ROUNDS} rounds, medians`);
    console.log(
      formatTable(
        ["export", "median ms", "CPU ms", "vs PDF", "target", "result"],
        [
          ["PNG 2× (whole board)", pngMs, pngCpuMs, `${(pngMs / pdfMs).toFixed(2)}×`, `≤ ${TARGET_MS} ms`, pngMs <= TARGET_MS ? "pass" : "FAIL"],
          ["PDF briefing pack (baseline)", pdfMs, pdfCpuMs, "1.00×", `≤ ${TARGET_MS} ms`, pdfMs <= TARGET_MS ? "pass" : "FAIL"],
          ["take a snapshot", takeMs, median(take.map((r) => r.cpu)), `${(takeMs / pdfMs).toFixed(2)}×`, `≤ ${TARGET_MS} ms`, takeMs <= TARGET_MS ? "pass" : "FAIL"],
          ["open a snapshot", openMs, median(open.map((r) => r.cpu)), `${(openMs / pdfMs).toFixed(2)}×`, `≤ ${TARGET_MS} ms`, openMs <= TARGET_MS ? "pass" : "FAIL"],
        ],
      ),
    );
    const load = os.loadavg()[0] ?? 0;
    console.log(`image ${first.width}×${first.height} px (layout ${first.layout.width}×${first.layout.height}), ${(first.png.byteLength / 1024).toFixed(0)} KB; load average ${load.toFixed(1)} on ${os.cpus().length} CPUs`);
    const report = {
      benchmark: "export-png",
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverage: os.loadavg() },
      config: { rounds: ROUNDS, documentBytes: state.byteLength, scale: 2 },
      results: { pngMedianMs: pngMs, pdfMedianMs: pdfMs, takeSnapshotMedianMs: takeMs, openSnapshotMedianMs: openMs, pngCpuMedianMs: pngCpuMs, pdfCpuMedianMs: pdfCpuMs, pngRounds: png, pdfRounds: pdf, image: { width: first.width, height: first.height, bytes: first.png.byteLength }, layout: first.layout },
      ratios: { pngToPdf: pngMs / pdfMs },
      targets: { pngWithinOneSecond: pngMs <= TARGET_MS, pdfWithinOneSecond: pdfMs <= TARGET_MS, takeWithinOneSecond: takeMs <= TARGET_MS, openWithinOneSecond: openMs <= TARGET_MS },
    };
    mkdirSync(path.join(here, "results"), { recursive: true });
    writeFileSync(path.join(here, "results", "export-png.json"), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await db.dispose();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runExportPngBench();
}
