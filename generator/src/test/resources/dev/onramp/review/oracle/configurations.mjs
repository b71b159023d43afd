// Every configuration of the inputs that matter: a deployer gives both sides the same inputs, so a
// configuration assigns one value to each input and each side reads it under its own parameter
// name. A parameter renamed with an unchanged definition is the same input. Inputs that template
// conditions read take each value that can change a condition (allowed values, the default, every
// literal a condition compares with, the empty string and an unrelated value); the others take
// one value, since both sides see the same one.
import { parse } from './template.mjs';

const MAX_CONFIGURATIONS = 128;

/** StackSet members written inline: [{id, template}] (their inputs are named "<id>/<param>"). */
export function members(template) {
  const out = [];
  for (const [id, resource] of Object.entries(template.Resources ?? {}).sort()) {
    const body = resource?.Properties?.TemplateBody;
    if (resource?.Type === 'AWS::CloudFormation::StackSet' && body !== undefined) {
      out.push({ id, template: typeof body === 'string' ? parse(body) : body });
    }
  }
  return out;
}

function parametersOf(template) {
  const out = new Map();
  const add = (prefix, t) => {
    const conditionText = JSON.stringify(t.Conditions ?? {});
    for (const [name, definition] of Object.entries(t.Parameters ?? {})) {
      const { Description, ...meaning } = definition ?? {};
      const referenced = conditionText.includes(`{"Ref":"${name}"}`) || conditionText.includes('${' + name + '}');
      out.set(prefix + name, { name: prefix + name, meaning: JSON.stringify(sorted(meaning)), definition: definition ?? {}, referenced, literals: literals(t.Conditions) });
    }
  };
  add('', template);
  for (const member of members(template)) add(`${member.id}/`, member.template);
  return out;
}

function literals(conditions) {
  const found = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'Fn::Equals' && Array.isArray(value)) value.filter((v) => typeof v === 'string').forEach((v) => found.add(v));
        walk(value);
      }
    }
  };
  walk(conditions ?? {});
  return [...found];
}

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  return value;
}

export function configurations(before, after) {
  const b = parametersOf(before);
  const a = parametersOf(after);
  // input name -> {before: param name?, after: param name?}
  const inputs = new Map();
  for (const name of b.keys()) if (a.has(name)) inputs.set(name, { before: name, after: name });
  const onlyBefore = [...b.keys()].filter((n) => !a.has(n)).sort();
  const onlyAfter = [...a.keys()].filter((n) => !b.has(n)).sort();
  for (const name of onlyBefore) {
    const same = onlyAfter.filter((m) => a.get(m).meaning === b.get(name).meaning && !([...inputs.values()].some((i) => i.after === m)));
    const sameBefore = onlyBefore.filter((m) => b.get(m).meaning === b.get(name).meaning);
    if (same.length === 1 && sameBefore.length === 1) inputs.set(name, { before: name, after: same[0] });
    else inputs.set(name, { before: name });
  }
  for (const name of onlyAfter) if (![...inputs.values()].some((i) => i.after === name)) inputs.set(name, { after: name });

  const names = [...inputs.keys()].sort();
  const choices = names.map((input) => {
    const { before: pb, after: pa } = inputs.get(input);
    const params = [pb && b.get(pb), pa && a.get(pa)].filter(Boolean);
    const definition = params[0].definition;
    const free = `free-${input.replace(/\//g, '-')}`;
    if (!params.some((p) => p.referenced)) return [definition.Default !== undefined ? String(definition.Default) : free];
    const allowed = params.flatMap((p) => p.definition.AllowedValues ?? []);
    if (allowed.length) return [...new Set(allowed.map(String))].sort();
    const values = [definition.Default, '', ...params.flatMap((p) => p.literals), free];
    return [...new Set(values.filter((v) => v !== undefined).map(String))].sort();
  });

  const out = [];
  const enumerate = (i, chosen) => {
    if (out.length >= MAX_CONFIGURATIONS) return;
    if (i === names.length) {
      const config = { before: {}, after: {}, description: '' };
      const shown = [];
      names.forEach((input, k) => {
        const { before: pb, after: pa } = inputs.get(input);
        const typed = (param, value) => (/^(List<|CommaDelimitedList)/.test(param.definition.Type ?? '') ? value.split(',') : value);
        if (pb) config.before[pb] = typed(b.get(pb), chosen[k]);
        if (pa) config.after[pa] = typed(a.get(pa), chosen[k]);
        if (choices[k].length > 1) shown.push(`${input}=${JSON.stringify(chosen[k])}`);
      });
      config.description = shown.join(', ');
      out.push(config);
      return;
    }
    for (const value of choices[i]) enumerate(i + 1, [...chosen, value]);
  };
  enumerate(0, []);
  return out;
}
