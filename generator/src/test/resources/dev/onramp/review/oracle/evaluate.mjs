// Evaluates one sampled request against one side of a subject with iam-simulate's runSimulation:
// a principal's identity policies within its permissions boundary, or a resource policy with the
// requesting principal's own identity policy allowing nothing (same account) or everything (so
// that only the resource policy decides).
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT } from './template.mjs';
import { principalContext } from './sampling.mjs';

const FOREIGN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
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
      ? subject.identityPolicies
          .map((p, i) => ({ name: `policy-${i}`, policy: only(p.policy, request.action) }))
          .filter((p) => p.policy.Statement.length)
      : request.identity === 'all' ? [{ name: 'allow-all', policy: ALLOW_ALL }] : [],
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  if (identity && subject.boundaries.length) {
    simulation.permissionBoundaryPolicies = subject.boundaries.map((p, i) => ({ name: `boundary-${i}`, policy: atLeastOne(only(p.policy, request.action), false) }));
  }
  // A resource in another account is that account's to share: its policy is taken to allow
  // everyone, so that the identity policies alone decide, as the template controls only them.
  if (identity && simulation.request.resource.accountId !== ACCOUNT) simulation.resourcePolicy = FOREIGN;
  if (!identity && subject.resourcePolicy) simulation.resourcePolicy = atLeastOne(only(subject.resourcePolicy, request.action), true);
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') {
    const e = response.errors;
    const policy = ['identityPolicyErrors', 'permissionBoundaryErrors', 'resourcePolicyErrors'].some((k) => e[k] && Object.keys(e[k]).length);
    return { error: { policy, message: policy ? JSON.stringify(e) : e.message } };
  }
  return { allowed: response.overallResult === 'Allowed' };
}

// Statements about other actions cannot change a request's outcome, and validating a large AWS
// managed policy on every request costs about 20 ms: each request is evaluated against the
// statements whose Action matches its action or whose NotAction does not (IAM's matching:
// case-insensitive, '*' and '?' wildcards).
const filtered = new Map();
function only(policy, action) {
  let byAction = filtered.get(policy);
  if (!byAction) filtered.set(policy, (byAction = new Map()));
  if (!byAction.has(action)) {
    const statements = (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]).filter((s) =>
      s.Action !== undefined ? list(s.Action).some((p) => glob(p).test(action)) : !list(s.NotAction).some((p) => glob(p).test(action)));
    byAction.set(action, { ...policy, Statement: statements });
  }
  return byAction.get(action);
}

/** A policy that must stay present (a boundary, a resource policy) keeps a statement that matches nothing. */
function atLeastOne(policy, withPrincipal) {
  if (policy.Statement.length) return policy;
  const none = { Effect: 'Allow', Action: 'oracle:NothingAtAll', Resource: '*', ...(withPrincipal ? { Principal: '*' } : {}) };
  return { ...policy, Statement: [none] };
}

function list(value) {
  return Array.isArray(value) ? value : [value];
}

function glob(pattern) {
  const escaped = String(pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

function accountOf(arn) {
  const m = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn);
  return m ? m[1] : ACCOUNT;
}
