// Evaluates one sampled request against one side of a subject with iam-simulate's runSimulation:
// a principal's identity policies within its permissions boundary, or a resource policy with the
// requesting principal's own identity policy allowing nothing (same account) or everything (so
// that only the resource policy decides).
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT } from './template.mjs';
import { principalContext } from './sampling.mjs';

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

export async function evaluate(subject, request) {
  // A role missing on one side cannot be assumed; a missing bucket (or queue...) policy leaves
  // the resource to its account's identity policies, which the request's identity variant models.
  if (subject.compare === null && subject.vanishesWithPolicy) return { allowed: false };
  const identity = subject.kind === 'identity';
  const simulation = {
    request: {
      principal: request.principal,
      action: request.action,
      resource: { resource: request.resource, accountId: identity ? accountOf(request.resource) : subject.resourceAccount },
      contextVariables: { ...request.context, ...principalContext(request.principal) },
    },
    identityPolicies: identity
      ? subject.identityPolicies.map((p, i) => ({ name: `policy-${i}`, policy: p.policy }))
      : request.identity === 'all' ? [{ name: 'allow-all', policy: ALLOW_ALL }] : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  if (identity && subject.boundaries.length) {
    simulation.permissionBoundaryPolicies = subject.boundaries.map((p, i) => ({ name: `boundary-${i}`, policy: p.policy }));
  }
  if (!identity && subject.resourcePolicy) simulation.resourcePolicy = subject.resourcePolicy;
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') {
    const e = response.errors;
    const policy = ['identityPolicyErrors', 'permissionBoundaryErrors', 'resourcePolicyErrors'].some((k) => e[k] && Object.keys(e[k]).length);
    return { error: { policy, message: policy ? JSON.stringify(e) : e.message } };
  }
  return { allowed: response.overallResult === 'Allowed' };
}

function accountOf(arn) {
  const m = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn);
  return m ? m[1] : ACCOUNT;
}
