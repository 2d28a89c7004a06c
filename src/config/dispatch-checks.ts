/**
 * Everything about a dispatch that can be wrong in the configuration, checked once in the config stage — on
 * every run, healthy or not, before anything is read from GitHub: the target repository's name, the inputs
 * and their templates, and GitHub's limits on workflow_dispatch inputs and repository_dispatch payloads.
 */
import { InputError } from '../errors.js';

/** A repository as `owner` and `repo` (the REST path parameters). */
export interface RepoTarget {
  owner: string;
  repo: string;
}

/** GitHub accepts at most 25 workflow_dispatch inputs and 10 top-level client_payload properties. */
export const MAX_WORKFLOW_INPUTS = 25;
export const MAX_PAYLOAD_PROPERTIES = 10;
/** client_payload properties retrain-trigger always sends with a repository_dispatch. */
export const PAYLOAD_OWN_PROPERTIES = ['reasons', 'monitor'] as const;

/** Templates `{name}` a dispatch input may use; expanded at dispatch time (github/dispatch.ts). */
export const DISPATCH_TEMPLATES = [
  'reasons',
  'triggered',
  'status',
  'failed_rules',
  'drifted_features',
  'monitor',
  'run_url',
  'issue_number',
  // The monitor keys a dispatch retrains, comma-separated (batch-dispatch: every model due; else the monitor).
  'models',
] as const;
export type DispatchTemplate = (typeof DISPATCH_TEMPLATES)[number];

/** `{word}`: what expandInputs replaces. Other braces (JSON text, `{ a }`) are left alone. */
export const TEMPLATE_PATTERN = /\{(\w+)\}/g;

/**
 * GitHub's rules: an owner (user or organisation) is 1–39 letters, digits and single inner hyphens — no `_`,
 * no `.`; a repository name is 1–100 letters, digits, `-`, `_` and `.`, and not `.` or `..`.
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

export function parseRepository(text: string): RepoTarget {
  const where = `dispatch-repository: '${text}'`;
  const parts = text.trim().split('/');
  if (parts.length !== 2)
    throw new InputError(`${where} is not of the form owner/name (e.g. ml-org/training)`);
  const [owner, repo] = parts as [string, string];
  if (!OWNER.test(owner)) {
    throw new InputError(
      `${where}: the owner '${owner}' is not a GitHub user or organisation name (1–39 letters, digits and single hyphens, not at the start or end; no '_' or '.')`,
    );
  }
  if (!REPO.test(repo) || repo === '.' || repo === '..') {
    throw new InputError(
      `${where}: the repository name '${repo}' is not valid on GitHub (1–100 letters, digits, '-', '_' and '.')`,
    );
  }
  return { owner, repo };
}

/**
 * The inputs as strings in a map without a prototype, so an input named `__proto__` or `constructor` is an
 * input like any other. Every `{template}` must be a known one.
 */
export function buildDispatchInputs(
  raw: Record<string, string | number | boolean>,
  input = 'dispatch-inputs',
  templates: readonly string[] = DISPATCH_TEMPLATES,
): Record<string, string> {
  const inputs = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(raw)) {
    const text = String(value);
    for (const match of text.matchAll(TEMPLATE_PATTERN)) {
      const key = match[1] as string;
      if (!templates.includes(key)) {
        throw new InputError(
          `${input}: input '${name}' uses the unknown template '{${key}}' (known: ${templates.map((t) => `{${t}}`).join(', ')})`,
        );
      }
    }
    inputs[name] = text;
  }
  return inputs;
}

/** GitHub's limits, checked for the kind of dispatch configured. */
export function checkDispatchLimits(kind: 'workflow' | 'event', inputs: Record<string, string>): void {
  const names = Object.keys(inputs);
  if (kind === 'workflow') {
    if (names.length > MAX_WORKFLOW_INPUTS) {
      throw new InputError(
        `dispatch-inputs: ${names.length} inputs given; workflow_dispatch accepts at most ${MAX_WORKFLOW_INPUTS}`,
      );
    }
    return;
  }
  const taken = names.filter((n) => (PAYLOAD_OWN_PROPERTIES as readonly string[]).includes(n));
  if (taken.length > 0) {
    throw new InputError(
      `dispatch-inputs: ${taken.map((n) => `'${n}'`).join(' and ')} ${taken.length > 1 ? 'are' : 'is'} set by retrain-trigger in the repository_dispatch client_payload; give your input another name`,
    );
  }
  const total = names.length + PAYLOAD_OWN_PROPERTIES.length;
  if (total > MAX_PAYLOAD_PROPERTIES) {
    throw new InputError(
      `dispatch-inputs: repository_dispatch allows at most ${MAX_PAYLOAD_PROPERTIES} client_payload properties, and ${names.length} inputs + ${PAYLOAD_OWN_PROPERTIES.join(' + ')} make ${total}: give at most ${MAX_PAYLOAD_PROPERTIES - PAYLOAD_OWN_PROPERTIES.length} inputs`,
    );
  }
}
