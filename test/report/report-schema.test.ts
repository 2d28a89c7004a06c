/** The JSON report is a format of its own: every kind of report validates against schemas/report.schema.json. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../src/decide.js';
import type { DriftResult } from '../../src/drift/types.js';
import { buildReport, REPORT_SCHEMA_VERSION, type Report } from '../../src/report/json.js';
import { parseRule, parseRuleLines } from '../../src/rules/index.js';
import { featureDrift } from '../support/drift-fixtures.js';
import { evidenceOf } from '../support/evidence.js';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../schemas/report.schema.json'), 'utf8'),
) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true, validateFormats: false }).compile(schema);

const rules = (text: string) => parseRuleLines(text, "input 'rules'").map((spec) => parseRule(spec));

function check(report: Report): void {
  // Through JSON, as a reader sees it (NaN would become null, undefined fields vanish).
  const parsed: unknown = JSON.parse(JSON.stringify(report));
  const ok = validate(parsed);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(ok).toBe(true);
}

const drift: DriftResult = {
  detected: false,
  share: 0,
  count: 0,
  tested: 0,
  threshold: 0.5,
  correction: 'none',
  features: [featureDrift('age', { status: 'insufficient', drifted: false, statistic: NaN, pValue: null })],
  warnings: ['drift: not enough rows'],
};

describe('report v2', () => {
  it('validates a due report with an erring rule, metadata and a baseline', () => {
    const verdict = decideVerdict(
      rules('jump: rel_change(errors) > 50%\nfloor: accuracy < 0.85'),
      evidenceOf({ accuracy: 0.8, errors: 4, model: 'churn-v3', tags: ['a'] }, { accuracy: 0.9, errors: 0 }),
    );
    const report = buildReport(
      verdict,
      { dispatched: false, records: [{ kind: 'dispatch', outcome: 'skipped', detail: 'x' }], failures: [] },
      { monitor: 'm', run: { url: 'https://github.com/o/r/actions/runs/1', sha: 'abc' }, now: new Date(0) },
    );
    check(report);
    expect(report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION,
      generatedAt: '1970-01-01T00:00:00.000Z',
      status: 'due',
      assessed: 'due',
      failedRules: ['floor'],
      metrics: { values: { accuracy: 0.8, errors: 4 }, metadata: { model: 'churn-v3', tags: ['a'] } },
    });
    expect(report.rules.map((r) => r.outcome)).toEqual(['error', 'triggered']);
    expect(report.undecided).toHaveLength(1);
  });

  it('validates an unknown report whose drift could not be decided, statistics null when not tested', () => {
    const verdict = decideVerdict([], evidenceOf({}, null, drift));
    const report = buildReport(verdict, { dispatched: false, records: [], failures: [] }, { monitor: 'm' });
    check(report);
    expect(report.status).toBe('unknown');
    expect(report.drift).toMatchObject({ status: 'unknown', decides: true, undecided: expect.any(String) });
    expect(report.drift?.features[0]).toMatchObject({
      statistic: null,
      rows: { reference: 100, current: 100 },
    });
  });

  it('validates a healthy report mapped from unknown by on-unknown', () => {
    const verdict = decideVerdict(rules('x > 1'), evidenceOf({ y: 1 }, { x: 2 }), 'healthy');
    const report = buildReport(verdict, { dispatched: false, records: [], failures: [] }, { monitor: 'm' });
    check(report);
    expect(report).toMatchObject({
      status: 'healthy',
      assessed: 'unknown',
      onUnknown: 'healthy',
      triggered: false,
    });
  });

  it('the schema refuses what the format does not allow', () => {
    const verdict = decideVerdict(rules('x > 1'), evidenceOf({ x: 2 }));
    const report = buildReport(verdict, { dispatched: false, records: [], failures: [] }, { monitor: 'm' });
    expect(validate({ ...report, status: 'green' })).toBe(false);
    expect(validate({ ...report, schemaVersion: 1 })).toBe(false);
    expect(validate({ ...report, rules: [{ ...report.rules[0], outcome: 'maybe' }] })).toBe(false);
  });
});
