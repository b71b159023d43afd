// Reads a CloudFormation template (YAML with short-form tags, or JSON) and resolves intrinsic
// functions for one configuration of parameter values. A minimal reader of its own: enough of
// CloudFormation's semantics to know which policy documents a deployed stack would hold.
import YAML from 'yaml';

export const PARTITION = 'aws';
export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const NO_VALUE = Symbol('AWS::NoValue');

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'If', 'Equals', 'Not', 'And', 'Or', 'Transform', 'Length', 'ToJsonString'];

const customTags = [
  ...['scalar', 'seq', 'map'].map((kind) => ({
    tag: '!Ref', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => ({ Ref: plain(v) }),
  })),
  ...['scalar', 'seq', 'map'].map((kind) => ({
    tag: '!Condition', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => ({ Condition: plain(v) }),
  })),
  ...['scalar', 'seq'].map((kind) => ({
    tag: '!GetAtt', collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => {
      const value = plain(v);
      if (typeof value !== 'string') return { 'Fn::GetAtt': value };
      const dot = value.indexOf('.');
      return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
    },
  })),
  ...FUNCTIONS.flatMap((name) => ['scalar', 'seq', 'map'].map((kind) => ({
    tag: `!${name}`, collection: kind === 'scalar' ? undefined : kind,
    resolve: (v) => ({ [`Fn::${name}`]: plain(v) }),
  }))),
];

function plain(value) {
  return value && typeof value.toJSON === 'function' ? value.toJSON() : value;
}

/** The template as plain JSON-like data, long-form intrinsic functions throughout. */
export function parse(text) {
  const template = YAML.parse(text, { customTags, schema: 'core', merge: false, uniqueKeys: false, intAsBigInt: false });
  if (template === null || typeof template !== 'object') throw new Error('not a template: expected a mapping');
  return template;
}

/**
 * A resolver for one side under one configuration: parameters to values, conditions to booleans,
 * resources to the physical names and ARNs this evaluator gives them.
 */
export class Scope {
  constructor(template, parameterValues, prefix = '') {
    this.template = template;
    this.parameters = parameterValues;
    this.prefix = prefix;
    this.conditionCache = new Map();
    this.resolving = new Set();
  }

  condition(name) {
    if (!this.conditionCache.has(name)) {
      const definition = this.template.Conditions?.[name];
      if (definition === undefined) throw new Error(`condition ${name} is not defined`);
      this.conditionCache.set(name, this.truth(definition));
    }
    return this.conditionCache.get(name);
  }

  truth(node) {
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      if ('Condition' in node) return this.condition(node.Condition);
      if ('Fn::Equals' in node) {
        const [x, y] = node['Fn::Equals'].map((v) => this.resolve(v));
        return JSON.stringify(x) === JSON.stringify(y);
      }
      if ('Fn::Not' in node) return !this.truth(node['Fn::Not'][0]);
      if ('Fn::And' in node) return node['Fn::And'].every((c) => this.truth(c));
      if ('Fn::Or' in node) return node['Fn::Or'].some((c) => this.truth(c));
    }
    const value = this.resolve(node);
    return value === true || value === 'true';
  }

  /** The resource exists in this configuration (its Condition, if any, holds). */
  exists(id) {
    const resource = this.template.Resources?.[id];
    return resource !== undefined && (resource.Condition === undefined || this.condition(resource.Condition));
  }

  resolve(node) {
    if (Array.isArray(node)) return node.map((v) => this.resolve(v)).filter((v) => v !== NO_VALUE);
    if (node === null || typeof node !== 'object') return typeof node === 'number' ? String(node) : node;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const [key] = keys;
      const arg = node[key];
      switch (key) {
        case 'Ref': return this.ref(this.resolve(arg));
        case 'Fn::GetAtt': {
          const [id, ...attribute] = typeof arg === 'string' ? arg.split('.') : this.resolve(arg);
          return this.getAtt(id, attribute.join('.'));
        }
        case 'Fn::Sub': return this.sub(arg);
        case 'Fn::Join': {
          const [separator, values] = arg;
          const list = this.resolve(values);
          return list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(separator);
        }
        case 'Fn::Select': {
          const [index, values] = this.resolve(arg);
          return values[Number(index)];
        }
        case 'Fn::Split': {
          const [separator, value] = this.resolve(arg);
          return value.split(separator);
        }
        case 'Fn::If': {
          const [name, yes, no] = arg;
          return this.resolve(this.condition(name) ? yes : no);
        }
        case 'Fn::FindInMap': {
          const [map, first, second, defaults] = arg;
          const [m, k1, k2] = [map, first, second].map((v) => this.resolve(v));
          const found = this.template.Mappings?.[m]?.[k1]?.[k2];
          if (found === undefined) {
            if (defaults?.DefaultValue !== undefined) return this.resolve(defaults.DefaultValue);
            throw new Error(`Fn::FindInMap: no ${m}/${k1}/${k2}`);
          }
          return this.resolve(found);
        }
        case 'Fn::Base64': return this.resolve(arg);
        case 'Fn::ImportValue': return `imported-${this.resolve(arg)}`;
        case 'Fn::GetAZs': return [`${REGION}a`, `${REGION}b`];
        case 'Fn::Equals': case 'Fn::Not': case 'Fn::And': case 'Fn::Or': case 'Condition':
          return String(this.truth(node));
        default:
          if (key.startsWith('Fn::')) throw new Error(`${key} is not supported by this evaluator`);
      }
    }
    const out = {};
    for (const key of keys) {
      const value = this.resolve(node[key]);
      if (value !== NO_VALUE) out[key] = value;
    }
    return out;
  }

  ref(name) {
    switch (name) {
      case 'AWS::Partition': return PARTITION;
      case 'AWS::AccountId': return ACCOUNT;
      case 'AWS::Region': return REGION;
      case 'AWS::URLSuffix': return 'amazonaws.com';
      case 'AWS::StackName': return 'stack';
      case 'AWS::StackId': return `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/stack/1`;
      case 'AWS::NoValue': return NO_VALUE;
      case 'AWS::NotificationARNs': return [];
      default:
    }
    if (name in this.parameters) return this.parameters[name];
    if (this.template.Resources?.[name]) return this.physical(name).ref;
    throw new Error(`Ref ${name}: neither a parameter nor a resource`);
  }

  getAtt(id, attribute) {
    if (!this.template.Resources?.[id]) throw new Error(`Fn::GetAtt ${id}.${attribute}: no such resource`);
    const physical = this.physical(id);
    return physical.attributes[attribute] ?? `opaque-${this.prefix}${id}-${attribute}`;
  }

  sub(arg) {
    const [text, variables] = typeof arg === 'string' ? [arg, {}] : arg;
    const vars = this.resolve(variables ?? {});
    return text.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
      if (inner.startsWith('!')) return '${' + inner.slice(1) + '}';
      if (inner in vars) return vars[inner];
      if (inner.includes('.') && !inner.startsWith('AWS::')) {
        const dot = inner.indexOf('.');
        return this.getAtt(inner.slice(0, dot), inner.slice(dot + 1));
      }
      const value = this.ref(inner);
      return Array.isArray(value) ? value.join(',') : value;
    });
  }

  /** The name (Ref) and attributes a resource of a known type has; names default to the id. */
  physical(id) {
    if (this.resolving.has(id)) throw new Error(`circular reference through ${id}`);
    this.resolving.add(id);
    try {
      const resource = this.template.Resources[id];
      const props = resource.Properties ?? {};
      const named = (property, fallback = `${this.prefix}${id}`.replace(/[^A-Za-z0-9-]/g, '-')) => {
        const value = props[property] === undefined ? NO_VALUE : this.resolve(props[property]);
        return value === NO_VALUE || value === undefined ? fallback : value;
      };
      const region = `arn:${PARTITION}:%s:${REGION}:${ACCOUNT}:`;
      const arn = (service) => region.replace('%s', service);
      switch (resource.Type) {
        case 'AWS::IAM::Role': {
          const name = named('RoleName');
          const path = named('Path', '/');
          return { ref: name, attributes: { Arn: `arn:${PARTITION}:iam::${ACCOUNT}:role${path}${name}`, RoleId: `AROA${id.toUpperCase()}` } };
        }
        case 'AWS::IAM::User': {
          const name = named('UserName');
          return { ref: name, attributes: { Arn: `arn:${PARTITION}:iam::${ACCOUNT}:user${named('Path', '/')}${name}` } };
        }
        case 'AWS::IAM::Group': {
          const name = named('GroupName');
          return { ref: name, attributes: { Arn: `arn:${PARTITION}:iam::${ACCOUNT}:group${named('Path', '/')}${name}` } };
        }
        case 'AWS::IAM::ManagedPolicy': {
          const name = named('ManagedPolicyName');
          const policyArn = `arn:${PARTITION}:iam::${ACCOUNT}:policy${named('Path', '/')}${name}`;
          return { ref: policyArn, attributes: { PolicyArn: policyArn } };
        }
        case 'AWS::IAM::InstanceProfile':
          return { ref: named('InstanceProfileName'), attributes: { Arn: `arn:${PARTITION}:iam::${ACCOUNT}:instance-profile/${named('InstanceProfileName')}` } };
        case 'AWS::S3::Bucket': {
          const name = named('BucketName', `${this.prefix}${id}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'));
          return { ref: name, attributes: { Arn: `arn:${PARTITION}:s3:::${name}`, DomainName: `${name}.s3.amazonaws.com` } };
        }
        case 'AWS::SQS::Queue': {
          const name = named('QueueName');
          return { ref: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`, attributes: { Arn: `${arn('sqs')}${name}`, QueueName: name, QueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}` } };
        }
        case 'AWS::SNS::Topic': {
          const name = named('TopicName');
          return { ref: `${arn('sns')}${name}`, attributes: { TopicArn: `${arn('sns')}${name}`, TopicName: name } };
        }
        case 'AWS::KMS::Key': {
          const key = `key-${id.toLowerCase()}`;
          return { ref: key, attributes: { Arn: `${arn('kms')}key/${key}`, KeyId: key } };
        }
        case 'AWS::Lambda::Function': case 'AWS::Serverless::Function': {
          const name = named('FunctionName');
          return { ref: name, attributes: { Arn: `${arn('lambda')}function:${name}` } };
        }
        case 'AWS::SecretsManager::Secret': {
          const secret = `${arn('secretsmanager')}secret:${named('Name')}-AbCdEf`;
          return { ref: secret, attributes: { Id: secret } };
        }
        case 'AWS::DynamoDB::Table': {
          const name = named('TableName');
          return { ref: name, attributes: { Arn: `${arn('dynamodb')}table/${name}`, StreamArn: `${arn('dynamodb')}table/${name}/stream/1` } };
        }
        case 'AWS::Logs::LogGroup': {
          const name = named('LogGroupName');
          return { ref: name, attributes: { Arn: `${arn('logs')}log-group:${name}:*` } };
        }
        case 'AWS::ECR::Repository': {
          const name = named('RepositoryName', `${this.prefix}${id}`.toLowerCase());
          return { ref: name, attributes: { Arn: `${arn('ecr')}repository/${name}` } };
        }
        case 'AWS::Events::EventBus': {
          const name = named('Name');
          return { ref: name, attributes: { Arn: `${arn('events')}event-bus/${name}`, Name: name } };
        }
        default:
          return { ref: `ref-${this.prefix}${id}`, attributes: {} };
      }
    } finally {
      this.resolving.delete(id);
    }
  }
}
