// The peer comparison of docs/performance.md: Recognizers-Text for JavaScript
// (@microsoft/recognizers-text-number 1.3.1, Culture Chinese: its number and percentage
// models) against gwr_numbers, on the same text in the same process: speed (process CPU
// time, median of alternating rounds) and what each finds.
//
//   make bench-peers     (from the repository root), or
//   cd tests/bench/peers && npm ci && node recognizers.js [--mb 1] [--rounds 3] [--ext PATH]
//
// The text is made as gwr_bench makes it: the .txt files of ../shared/corpus (or, without
// it, tests/fixtures/reports) in name order, taken round and round and cut at line ends
// into documents of about 138 KB, up to --mb MB. gwr.so is loaded from --ext, else from
// build-bench/ (the Release build of `make bench`), else from build/.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const Database = require("better-sqlite3");
const Recognizers = require("@microsoft/recognizers-text-number");

const ROOT = path.resolve(__dirname, "..", "..", "..");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function readText() {
  for (const dir of [path.join(ROOT, "..", "shared", "corpus"), path.join(ROOT, "tests", "fixtures", "reports")]) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
    if (files.length === 0) continue;
    const text = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8") + "\n").join("");
    return { dir: path.relative(ROOT, dir), files: files.length, text };
  }
  throw new Error("no text: neither ../shared/corpus nor tests/fixtures/reports");
}

// Documents of about docBytes UTF-8 bytes, cut at line ends, up to totalBytes.
function makeDocuments(text, totalBytes, docBytes) {
  const lines = text.split(/(?<=\n)/);
  const docs = [];
  let doc = "", docSize = 0, total = 0, i = 0;
  while (total < totalBytes) {
    const line = lines[i++ % lines.length];
    const size = Buffer.byteLength(line);
    doc += line;
    docSize += size;
    total += size;
    if (docSize >= docBytes || total >= totalBytes) {
      docs.push(doc);
      doc = "";
      docSize = 0;
    }
  }
  return { docs, bytes: total };
}

function cpuSeconds(fn) {
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  return { seconds: (used.user + used.system) / 1e6, result };
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

function extensionPath() {
  const given = option("--ext", null);
  if (given) return path.resolve(given);
  for (const dir of ["build-bench", "build"]) {
    const p = path.join(ROOT, dir, "gwr.so");
    if (fs.existsSync(p)) return p.slice(0, -3);
  }
  throw new Error("no gwr.so in build-bench/ or build/: run make bench (or make) first");
}

// Spans are [start, end) in code points; Recognizers' are inclusive UTF-16 indices, the
// same as code points for this text (every character is in the BMP: checked below).
function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function countBy(items) {
  const counts = new Map();
  for (const t of items) counts.set(t, (counts.get(t) || 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

function main() {
  const mb = Number(option("--mb", "1"));
  const rounds = Number(option("--rounds", "3"));
  const source = readText();
  if (/[\u{10000}-\u{10FFFF}]/u.test(source.text)) throw new Error("text outside the BMP: offsets would differ");
  const { docs, bytes } = makeDocuments(source.text, mb * 1048576, 138 * 1024);

  const ext = extensionPath();
  const db = new Database(":memory:");
  db.loadExtension(ext);
  db.exec("CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT)");
  const insert = db.prepare("INSERT INTO docs(body) VALUES (?)");
  db.transaction(() => docs.forEach((d) => insert.run(d)))();
  const gwrCount = db.prepare("SELECT count(*) AS n FROM docs, gwr_numbers(docs.body)").pluck();
  const gwrRows = db.prepare(
    "SELECT docs.id - 1 AS doc, n.text, n.start, n.\"end\", n.kind, n.redacted FROM docs, gwr_numbers(docs.body) n");

  const culture = Recognizers.Culture.Chinese;
  const models = {
    number: (t) => Recognizers.recognizeNumber(t, culture),
    percentage: (t) => Recognizers.recognizePercentage(t, culture),
  };
  const runModel = (model) => docs.map((d) => model(d));

  // One untimed pass of each warms up the JIT and fills Recognizers' caches.
  gwrCount.get();
  for (const m of Object.values(models)) runModel(m);

  const times = { gwr_numbers: [], number: [], percentage: [] };
  let found = {};
  for (let r = 0; r < rounds; r++) {
    const order = ["gwr_numbers", "number", "percentage"];
    if (r % 2) order.reverse();
    for (const name of order) {
      const t = name === "gwr_numbers" ? cpuSeconds(() => gwrCount.get())
                                       : cpuSeconds(() => runModel(models[name]));
      times[name].push(t.seconds);
      found[name] = t.result;
    }
  }

  const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
  console.log(`text: ${source.dir} (${source.files} file${source.files === 1 ? "" : "s"}), ` +
              `${(bytes / 1048576).toFixed(2)} MB in ${docs.length} documents`);
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0].model}), load average ${load}; ` +
              `node ${process.version}, SQLite ${db.prepare("SELECT sqlite_version()").pluck().get()} ` +
              `(better-sqlite3), gwr from ${path.relative(ROOT, ext)}.so`);
  console.log(`times: process CPU time, median of ${rounds} alternating rounds`);
  console.log("");
  const mbs = bytes / 1048576;
  const gwrTime = median(times.gwr_numbers);
  const rows = [
    ["gwr_numbers", gwrTime, found.gwr_numbers],
    ["recognizers number", median(times.number), found.number.reduce((k, r) => k + r.length, 0)],
    ["recognizers percentage", median(times.percentage), found.percentage.reduce((k, r) => k + r.length, 0)],
  ];
  console.log("what                       CPU s      MB/s    found   x gwr time");
  for (const [name, t, n] of rows) {
    console.log(`${name.padEnd(24)} ${t.toFixed(3).padStart(7)} ${(mbs / t).toFixed(1).padStart(9)} ` +
                `${String(n).padStart(8)} ${(t / gwrTime).toFixed(0).padStart(11)}x`);
  }

  // What each finds that the other does not, by the text of the mention.
  const gwr = gwrRows.all();
  const peer = [];
  for (const name of ["number", "percentage"]) {
    found[name].forEach((results, doc) => {
      for (const r of results) peer.push({ doc, text: r.text, start: r.start, end: r.end + 1, model: name });
    });
  }
  const byDoc = (items) => {
    const m = new Map();
    for (const it of items) (m.get(it.doc) || m.set(it.doc, []).get(it.doc)).push(it);
    return m;
  };
  const gwrByDoc = byDoc(gwr), peerByDoc = byDoc(peer);
  const gwrOnly = gwr.filter((g) => !(peerByDoc.get(g.doc) || []).some((p) => overlaps(g, p)));
  const peerOnly = peer.filter((p) => !(gwrByDoc.get(p.doc) || []).some((g) => overlaps(g, p)));
  console.log("");
  console.log(`gwr_numbers: ${gwr.length} quantities, ${gwr.length - gwrOnly.length} of them overlap a ` +
              `Recognizers result, ${gwrOnly.length} do not (${gwrOnly.filter((g) => g.redacted).length} ` +
              `of these are redacted figures)`);
  console.log(`Recognizers: ${peer.length} results (number and percentage), ${peer.length - peerOnly.length} ` +
              `overlap a gwr_numbers quantity, ${peerOnly.length} do not`);
  const show = (title, items) => {
    console.log(`${title}:`);
    for (const [text, k] of countBy(items).slice(0, 15)) console.log(`  ${String(k).padStart(5)}  ${text}`);
  };
  show("most frequent results of Recognizers that gwr_numbers does not report", peerOnly.map((p) => p.text));
  show("most frequent quantities of gwr_numbers that Recognizers misses",
       gwrOnly.map((g) => `${g.text} (${g.kind})`));
}

main();
