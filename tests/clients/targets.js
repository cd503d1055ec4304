// A real Node client of sqlite-gwr (better-sqlite3 12): loads gwr, fills the reports
// table from the sample reports with sql/schema.sql, runs the SQL given as its argument
// and prints the rows as JSON. Run by tests/suites/clients_node.py:
//   node tests/clients/targets.js "SELECT ..."
"use strict";
const fs = require("fs");
const path = require("path");
const Database = require("better-sqlite3");

const root = process.env.GWR_ROOT || path.resolve(__dirname, "..", "..");
const ext = (process.env.GWR_EXT || path.join(root, "build", "gwr.so")).replace(/\.(so|dylib|dll)$/, "");
const db = new Database(":memory:");
db.loadExtension(ext);
db.exec(fs.readFileSync(path.join(root, "sql", "schema.sql"), "utf8"));
db.exec(fs.readFileSync(path.join(root, "sql", "views.sql"), "utf8"));

// The samples of 青溪区; file names follow the loader's convention: <year>-<region>.txt
const dir = path.join(root, "tests", "fixtures", "reports");
const insert = db.prepare("INSERT INTO reports(region, year, body, source) VALUES (?, ?, ?, ?)");
for (const name of fs.readdirSync(dir).filter((f) => /^\d{4}-qingxi\.txt$/.test(f)).sort()) {
  insert.run(name.slice(5, -4), Number(name.slice(0, 4)),
             fs.readFileSync(path.join(dir, name), "utf8"), name);
}

const query = process.argv[2];
console.log(JSON.stringify({
  version: db.prepare("SELECT gwr_version()").pluck().get(),
  sqlite: db.prepare("SELECT sqlite_version()").pluck().get(),
  reports: db.prepare("SELECT count(*) FROM reports").pluck().get(),
  rows: db.prepare(query).raw().all(),
}));
