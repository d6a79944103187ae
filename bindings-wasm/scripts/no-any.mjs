// Fails when a published declaration file contains `any`: every value must have a real type.
import { readFileSync } from "node:fs";

let bad = 0;
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((line, i) => {
    // Comments may say "any" in prose; code may not.
    const code = line.replace(/\/\/.*$/, "").replace(/\/\*.*?\*\//g, "").replace(/^\s*\*.*$/, "");
    if (/\bany\b/.test(code)) {
      console.error(`${file}:${i + 1}: ${line.trim()}`);
      bad += 1;
    }
  });
}
if (bad) {
  console.error(`${bad} line(s) with \`any\``);
  process.exit(1);
}
console.log(`no \`any\` in ${process.argv.length - 2} declaration file(s)`);
