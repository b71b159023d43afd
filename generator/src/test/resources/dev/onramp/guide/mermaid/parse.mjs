// Parses Mermaid diagrams with Mermaid's own parser (mermaid.parse), so that a test can tell a
// diagram GitHub will render from one it will show as "Unable to render rich display".
//
//   node parse.mjs [FILE]   one batch: FILE (or stdin) holds {"name": "diagram text", ...}; prints
//                           [{"name", "ok", "error"?}, ...] and exits 1 if any diagram is invalid.
//   node parse.mjs --serve  many batches in one process (loading Mermaid and jsdom takes about two
//                           seconds, parsing a diagram about 17 ms): one JSON object per stdin line,
//                           one JSON array per stdout line, after a first line {"ready": true}.
//                           dev.onramp.guide.MermaidParser drives this mode.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

// jsdom 29 (see package.json) needs Node 20.19; fail with that rather than an import error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`parse.mjs needs Node 20.19 or newer, found ${process.version}\n`);
  process.exit(2);
}

// In --serve mode stdout carries the protocol: anything Mermaid or jsdom logs goes to stderr.
const out = process.stdout.write.bind(process.stdout);
for (const level of ['log', 'info', 'debug', 'warn', 'trace']) {
  console[level] = (...args) => console.error(...args);
}

// Mermaid sanitizes labels with DOMPurify, which needs a DOM: without one, parsing any diagram with
// a label fails with "DOMPurify.addHook is not a function". DOMPurify looks for the global window
// when it is first loaded, so the globals are set before Mermaid is imported.
const { JSDOM } = await import('jsdom');
const { window } = new JSDOM('');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');

async function parseAll(diagrams) {
  if (diagrams === null || typeof diagrams !== 'object' || Array.isArray(diagrams)) {
    throw new Error('expected a JSON object {"name": "diagram text", ...}');
  }
  const results = [];
  for (const [name, text] of Object.entries(diagrams)) {
    try {
      if (typeof text !== 'string') {
        throw new Error(`diagram text is ${text === null ? 'null' : typeof text}, not a string`);
      }
      await mermaid.parse(text);
      results.push({ name, ok: true });
    } catch (e) {
      // Mermaid's message, e.g. "Parse error on line 3: ... Expecting 'SQE', ... got 'PS'".
      const error = e instanceof Error ? e.message : String(e);
      results.push({ name, ok: false, error });
    }
  }
  return results;
}

if (process.argv[2] === '--serve') {
  out(JSON.stringify({ ready: true }) + '\n');
  // Lines are handled one at a time, in order, so that answers match requests.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let reply;
    try {
      reply = await parseAll(JSON.parse(line));
    } catch (e) {
      // A malformed request is the caller's bug: answered, so the caller fails instead of hanging.
      reply = { fatal: e instanceof Error ? e.message : String(e) };
    }
    out(JSON.stringify(reply) + '\n');
  }
} else {
  const input = readFileSync(process.argv[2] ?? 0, 'utf8');
  const results = await parseAll(JSON.parse(input));
  out(JSON.stringify(results, null, 2) + '\n');
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
