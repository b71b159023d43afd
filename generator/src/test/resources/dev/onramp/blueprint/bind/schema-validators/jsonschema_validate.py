"""Validates blueprints against the published JSON Schema with Python's jsonschema (Draft 2020-12,
format checking on), reading YAML with PyYAML (YAML 1.1, as many tools do). Test-only
(dev.onramp.blueprint.bind.SchemaCorpusTest).

Usage: python3 jsonschema_validate.py <schema.json> <requests.json>
  requests.json: [{"id": "...", "path": "..."}]
Prints {"schemaError": "..."} or {"results": [{"id", "valid", "errors"}]} as one JSON document.
"""

import json
import sys

import jsonschema
import yaml
from jsonschema import Draft202012Validator


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        files = json.load(f)
    try:
        # Checks the schema against the draft 2020-12 meta-schema, each pattern included ("regex").
        Draft202012Validator.check_schema(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    except jsonschema.exceptions.SchemaError as e:
        print(json.dumps({"schemaError": str(e).splitlines()[0]}))
        return
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    results = []
    for file in files:
        with open(file["path"], encoding="utf-8") as f:
            text = f.read()
        try:
            document = yaml.safe_load(text)
        except yaml.YAMLError as e:
            results.append({"id": file["id"], "valid": False, "errors": ["yaml: " + str(e).splitlines()[0]]})
            continue
        try:
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
            messages = ["/" + "/".join(str(p) for p in e.absolute_path) + " " + e.message[:200] for e in errors]
        except Exception as e:  # noqa: BLE001 - a pattern Python's re cannot compile
            messages = ["error: " + type(e).__name__ + ": " + str(e)]
            results.append({"id": file["id"], "valid": False, "errors": messages, "crashed": True})
            continue
        results.append({"id": file["id"], "valid": not messages, "errors": messages})
    print(json.dumps({"results": results}))


if __name__ == "__main__":
    main()
