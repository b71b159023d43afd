// Test-only: answers single IAM requests against one identity policy with
// @cloud-copilot/iam-simulate (AGPL-3.0-or-later; its own process during tests, never shipped,
// never linked from Onramp's code). Run as `node simulate.mjs --serve`: a first line
// {"ready": true}, then one JSON reply per request line
//   {"policy": {...}, "action": "...", "resource": "arn..."} -> {"decision": "Allowed" | ...}
// The principal and the resource are in one account, with no resource policy, SCP or boundary.
import { createInterface } from 'node:readline';
import { runSimulation } from '@cloud-copilot/iam-simulate';

const ACCOUNT = '123456789012';

console.log(JSON.stringify({ ready: true }));
for await (const line of createInterface({ input: process.stdin })) {
  let reply;
  try {
    const q = JSON.parse(line);
    const result = await runSimulation(
      {
        request: {
          principal: `arn:aws:iam::${ACCOUNT}:role/CostReportFunctionRole`,
          action: q.action,
          resource: { resource: q.resource, accountId: ACCOUNT },
          contextVariables: {},
        },
        identityPolicies: [{ name: 'policy', policy: q.policy }],
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
    reply = result.resultType === 'error' ? { error: JSON.stringify(result.errors) } : { decision: result.overallResult };
  } catch (e) {
    reply = { error: String(e) };
  }
  console.log(JSON.stringify(reply));
}
