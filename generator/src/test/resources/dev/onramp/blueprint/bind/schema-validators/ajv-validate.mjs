// Validates blueprints against the published JSON Schema the way an editor does: YAML read by the
// `yaml` package (YAML 1.2, what the YAML language server uses), the schema compiled by ajv's draft
// 2020-12 build in strict mode with ajv-formats. Test-only (dev.onramp.blueprint.bind.SchemaCorpusTest).
//
// --serve: prints {"ready": true}, then answers one JSON line per request line:
//   {"schema": "<path>", "files": [{"id": "...", "path": "..."}]}
//   -> {"compileError": "..."} or {"results": [{"id": "...", "valid": true|false, "errors": [...]}]}
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";

function validator(schemaPath) {
  // Strict, except that a oneOf branch may require a key its parent defines (a switch's one form).
  const ajv = new Ajv2020({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
  });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}

function check(validate, path) {
  const doc = YAML.parseDocument(readFileSync(path, "utf8"), { version: "1.2" });
  if (doc.errors.length > 0) {
    return { valid: false, errors: doc.errors.map((e) => "yaml: " + e.message.split("\n")[0]) };
  }
  const valid = validate(doc.toJS());
  return {
    valid,
    errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`),
  };
}

function answer(request) {
  let validate;
  try {
    validate = validator(request.schema);
  } catch (e) {
    return { compileError: String(e.message) };
  }
  return { results: request.files.map((file) => ({ id: file.id, ...check(validate, file.path) })) };
}

if (process.argv.includes("--serve")) {
  console.log(JSON.stringify({ ready: true }));
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() !== "") {
      console.log(JSON.stringify(answer(JSON.parse(line))));
    }
  }
} else {
  const [schema, ...paths] = process.argv.slice(2);
  const reply = answer({ schema, files: paths.map((path) => ({ id: path, path })) });
  console.log(JSON.stringify(reply, null, 2));
}
