// Labels a before/after pair of CloudFormation templates by what IAM allows, with an evaluator
// that is not Onramp's: @cloud-copilot/iam-simulate (AGPL-3.0-or-later, a test-time external tool
// run as its own process; never shipped, never linked from Onramp's code). Nothing here is ported
// from Onramp's Java review: the template reading, the extraction of policies and the sampling of
// requests are this script's own, so that the corpus labels are an independent measurement.
//
//   node label.mjs BEFORE AFTER   one pair: prints {"label", "witnesses", "requests", ...} as JSON.
//   node label.mjs --serve        many pairs in one process: one JSON object {"name", "before",
//                                 "after"} (template texts) per stdin line, one JSON reply per
//                                 stdout line, after a first line {"ready": true}.
//                                 dev.onramp.review.IamSimulateOracle drives this mode.
//
// The label: "escalation" if some sampled request is allowed after and not before (and none the
// other way), "reduction" the reverse, "mixed" both, "equal" neither; "unlabelled" with a reason
// when the templates hold access this script cannot evaluate (a template behind a URL, say).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from './template.mjs';
import { configurations } from './configurations.mjs';
import { subjectsOf } from './subjects.mjs';
import { sampleRequests } from './sampling.mjs';
import { evaluate } from './evaluate.mjs';

const WITNESSES = 5;

export async function label(beforeText, afterText) {
  const before = parse(beforeText);
  const after = parse(afterText);
  const unreadable = unreadableDifferences(before, after);
  if (unreadable) return { label: 'unlabelled', reason: unreadable, requests: 0, configurations: 0 };
  const configs = configurations(before, after);
  const gained = [];
  const lost = [];
  let requests = 0;
  const seen = new Set();
  for (const config of configs) {
    const b = subjectsOf(before, config.before);
    const a = subjectsOf(after, config.after);
    for (const key of [...new Set([...b.keys(), ...a.keys()])].sort()) {
      const sb = b.get(key) ?? absent(a.get(key));
      const sa = a.get(key) ?? absent(b.get(key));
      const signature = JSON.stringify([sb.compare, sa.compare]);
      // Identical access on both sides needs no requests; a pair of sides already sampled under
      // another configuration gives the same answers again.
      if (JSON.stringify(sb.compare) === JSON.stringify(sa.compare) || seen.has(signature)) continue;
      seen.add(signature);
      const opaque = opaqueDifference(sb, sa);
      if (opaque) return { label: 'unlabelled', reason: `${key}: ${opaque}`, requests, configurations: configs.length };
      for (const request of await sampleRequests(sb, sa)) {
        requests++;
        const [allowedBefore, allowedAfter] = await Promise.all([evaluate(sb, request), evaluate(sa, request)]);
        if (allowedBefore.error || allowedAfter.error) {
          const error = allowedBefore.error ?? allowedAfter.error;
          if (error.policy) return { label: 'unlabelled', reason: `${key}: ${error.message}`, requests, configurations: configs.length };
          continue;
        }
        if (allowedAfter.allowed && !allowedBefore.allowed) gained.push(witness(key, request, config));
        if (allowedBefore.allowed && !allowedAfter.allowed) lost.push(witness(key, request, config));
      }
    }
  }
  const verdict = gained.length && lost.length ? 'mixed' : gained.length ? 'escalation' : lost.length ? 'reduction' : 'equal';
  return {
    label: verdict,
    requests,
    configurations: configs.length,
    witnesses: { escalation: first(gained), reduction: first(lost) },
  };
}

function first(lines) {
  return [...new Set(lines)].slice(0, WITNESSES);
}

/** A subject present on one side only: the same subject with no policies at all. */
function absent(other) {
  return { ...other, identityPolicies: [], boundaries: [], resourcePolicy: undefined, opaque: [], compare: null };
}

function opaqueDifference(b, a) {
  const ob = JSON.stringify([...b.opaque].sort());
  const oa = JSON.stringify([...a.opaque].sort());
  return ob === oa ? null
    : `a policy named by an ARN that neither the template nor the AWS managed policies hold differs (${ob} before, ${oa} after): its grants are unknown`;
}

/**
 * Access this script does not read: a StackSet or nested stack template behind a URL, and
 * resources whose policies it does not extract (SAM functions' Policies, EventBridge bus
 * policies, OpenSearch access policies...). A pair where one of them changed is unlabelled, never
 * labelled by the rest of the template alone.
 */
const UNREAD = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine', 'AWS::Serverless::Api',
  'AWS::Events::EventBusPolicy', 'AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain', 'AWS::Backup::BackupVault',
  'AWS::EFS::FileSystem', 'AWS::Glue::ResourcePolicy', 'AWS::ApiGateway::RestApi', 'AWS::Logs::ResourcePolicy',
  'AWS::S3::AccessPoint', 'AWS::SSO::PermissionSet', 'AWS::ECR::RegistryPolicy', 'AWS::Lambda::LayerVersionPermission',
  'AWS::IoT::Policy', 'AWS::CodeArtifact::Repository', 'AWS::IAM::ServiceLinkedRole',
  // Access keys are credentials, not policies; a table's resource policy is not read here.
  'AWS::IAM::AccessKey', 'AWS::DynamoDB::Table']);
function unreadableDifferences(before, after) {
  const ids = new Set([...Object.keys(before.Resources ?? {}), ...Object.keys(after.Resources ?? {})]);
  for (const id of [...ids].sort()) {
    const b = before.Resources?.[id];
    const a = after.Resources?.[id];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const type = (b ?? a).Type ?? '';
    const byUrl = (r) => r && (r.Properties?.TemplateURL !== undefined || r.Properties?.Location !== undefined);
    if (/^(AWS::CloudFormation::Stack|AWS::Serverless::Application|AWS::CloudFormation::StackSet)$/.test(type) && (byUrl(b) || byUrl(a))) {
      return `${type} ${id} changed and its template is behind a URL this evaluator cannot read`;
    }
    if (UNREAD.has(type)) {
      return `${type} ${id} changed and this evaluator does not read the access it grants`;
    }
  }
  return null;
}

function witness(key, request, config) {
  const context = Object.keys(request.context).length ? ' ' + JSON.stringify(request.context) : '';
  const inputs = config.description ? ` [${config.description}]` : '';
  return `${key}: ${request.action} on ${request.resource} by ${request.principalLabel}${context}${inputs}`;
}

if (process.argv[2] === '--serve') {
  const out = process.stdout.write.bind(process.stdout);
  console.log = (...args) => console.error(...args);
  out(JSON.stringify({ ready: true }) + '\n');
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let reply;
    try {
      const request = JSON.parse(line);
      reply = { name: request.name, ...(await label(request.before, request.after)) };
    } catch (e) {
      reply = { fatal: e instanceof Error ? e.stack : String(e) };
    }
    out(JSON.stringify(reply) + '\n');
  }
} else if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  if (process.argv.length !== 4) {
    process.stderr.write('usage: node label.mjs BEFORE AFTER | node label.mjs --serve\n');
    process.exit(2);
  }
  const result = await label(readFileSync(process.argv[2], 'utf8'), readFileSync(process.argv[3], 'utf8'));
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}
