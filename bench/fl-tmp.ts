import { firstLoadFiles, gzippedKb } from "./board-load.ts";
const o = gzippedKb(firstLoadFiles("/page"));
const b = gzippedKb(firstLoadFiles("/b/[board]/(board)/page"));
const on = new Set(o.files.map(f=>f.file));
console.log("overview", o.kb.toFixed(1), "board", b.kb.toFixed(1));
for (const f of b.files.sort((a,b)=>b.kb-a.kb)) console.log(on.has(f.file)?"shared":"BOARD ", f.kb.toFixed(1), f.file);
