/**
 * Turning JSON Schema errors into messages that teach: where (config file line/column or input name), what was
 * found and what was expected, with the known keys for an unknown one.
 */
import schema from '../../retrain-trigger.schema.json' with { type: 'json' };
import type { SchemaError } from './generated/validate-config.js';
import { INPUT_PLACES } from './inputs.js';

function inputFor(pointer: string): string | undefined {
  return Object.entries(INPUT_PLACES).find(([, place]) => `/${place.path.join('/')}` === pointer)?.[0];
}

type SchemaNode = Record<string, unknown>;

function resolve(node: unknown): SchemaNode {
  let current = (node ?? {}) as SchemaNode;
  while (typeof current.$ref === 'string') {
    const name = current.$ref.replace('#/definitions/', '');
    current = ((schema.definitions as Record<string, unknown>)[name] ?? {}) as SchemaNode;
  }
  return current;
}

/** In a `oneOf`, the first branch that has `key` (e.g. the mapping form of a rule); otherwise the node itself. */
function branchWith(node: SchemaNode, key: string): SchemaNode {
  if (!Array.isArray(node.oneOf)) return node;
  return (node.oneOf as unknown[]).map(resolve).find((b) => key in b) ?? node;
}

/** The schema node describing the value at a JSON pointer (following properties / additionalProperties / items). */
export function schemaAt(pointer: string): SchemaNode {
  let node = resolve(schema);
  for (const segment of pointerSegments(pointer)) {
    if (typeof segment === 'number') {
      node = resolve(branchWith(node, 'items').items);
      continue;
    }
    const withProps = branchWith(node, 'properties');
    const props = withProps.properties as Record<string, unknown> | undefined;
    if (props && segment in props) node = resolve(props[segment]);
    else node = resolve(branchWith(node, 'additionalProperties').additionalProperties);
  }
  return node;
}

export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const segment of pointerSegments(pointer)) {
    value =
      value && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return value;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

function expectedOf(node: SchemaNode): string {
  if (Array.isArray(node.oneOf))
    return (node.oneOf as unknown[]).map((b) => expectedOf(resolve(b))).join(' or ');
  if (Array.isArray(node.enum)) return `one of ${(node.enum as unknown[]).join(', ')}`;
  const type = node.type;
  if (type === 'array') return `a list of ${expectedOf(resolve(node.items)).replace(/^an? /, '')}s`;
  if (Array.isArray(type)) return type.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
  return TYPE_WORDS[String(type)] ?? 'a value';
}

export interface LocatedError {
  /** JSON pointer of the offending value, and for unknown keys the key itself. */
  pointer: string;
  key?: string;
  message: string;
}

/** One message per problem. Errors inside `oneOf` branches are reduced to the branch that fits the value's type. */
export function explainSchemaErrors(errors: readonly SchemaError[], data: unknown): LocatedError[] {
  // Outermost first: an inner oneOf decides about its own branches after the outer one has picked a branch.
  const oneOfFailures = errors
    .filter((e) => e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  const skip = new Set<SchemaError>();
  const out: LocatedError[] = [];
  for (const failure of oneOfFailures) {
    const branchErrors = errors.filter(
      (e) => e !== failure && e.schemaPath.startsWith(`${failure.schemaPath}/`),
    );
    const typeMatched = new Set<string>();
    const branches = new Map<string, SchemaError[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(failure.schemaPath.length + 1).split('/')[0] as string;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
      skip.add(e);
    }
    for (const [branch, list] of branches) {
      if (!list.some((e) => e.keyword === 'type' && e.instancePath === failure.instancePath))
        typeMatched.add(branch);
    }
    const fitting = [...typeMatched].flatMap((b) => branches.get(b) ?? []);
    if (fitting.length > 0) {
      for (const e of fitting) skip.delete(e);
    } else {
      const value = valueAt(data, failure.instancePath);
      out.push({
        pointer: failure.instancePath,
        message: `expected ${expectedOf(schemaAt(failure.instancePath))}, got ${describeValue(value)}`,
      });
    }
    skip.add(failure);
  }
  for (const e of errors) {
    // An `if` failure only says "then/else did not match"; the then/else errors themselves say what.
    if (skip.has(e) || e.keyword === 'if') continue;
    out.push(explainOne(e, data));
  }
  return out;
}

function explainOne(e: SchemaError, data: unknown): LocatedError {
  const value = valueAt(data, e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'additionalProperties': {
      const known = Object.keys(
        (branchWith(schemaAt(e.instancePath), 'properties').properties as object | undefined) ?? {},
      ).filter((k) => k !== '$schema');
      const key = String(p.additionalProperty);
      return { pointer: e.instancePath, key, message: `unknown key '${key}' (known: ${known.join(', ')})` };
    }
    case 'required': {
      const missing = String(p.missingProperty);
      const input = inputFor(`${e.instancePath}/${missing}`);
      return {
        pointer: e.instancePath,
        message: `missing '${missing}'${input ? ` (input '${input}')` : ''}`,
      };
    }
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `expected one of ${(p.allowedValues as unknown[]).join(', ')}, got ${describeValue(value)}`,
      };
    case 'type':
      return {
        pointer: e.instancePath,
        message: `expected ${expectedOf(schemaAt(e.instancePath))}, got ${describeValue(value)}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        pointer: e.instancePath,
        message: `expected a number ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}, got ${describeValue(value)}`,
      };
    case 'maxProperties':
      return { pointer: e.instancePath, message: `at most ${String(p.limit)} entries are allowed` };
    case 'pattern': {
      const described = schemaAt(e.instancePath).description;
      const hint = typeof described === 'string' ? described : `text matching ${String(p.pattern)}`;
      return { pointer: e.instancePath, message: `expected ${hint}, got ${describeValue(value)}` };
    }
    default:
      return {
        pointer: e.instancePath,
        message: `${e.message ?? 'is invalid'}, got ${describeValue(value)}`,
      };
  }
}
