import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig } from '../../src/config/config.js';
import { PANDAS_NA_VALUES } from '../../src/data/missing.js';

function load(inputs: Record<string, string>, file?: string) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rt-config-'));
  if (file !== undefined) writeFileSync(path.join(cwd, 'rt.yml'), file);
  const all = file !== undefined ? { config: 'rt.yml', ...inputs } : inputs;
  return getConfig((name) => all[name], { cwd, env: {} });
}
const data = { 'reference-data': 'ref.csv', 'current-data': 'cur.csv' };

describe('table settings: drift.delimiter, drift.decimal, drift.na-values, drift.exclude', () => {
  it('defaults: detect the delimiter and decimal mark, pandas missing markers, nothing excluded', async () => {
    const config = await load(data);
    expect(config.drift?.table).toEqual({ naValues: PANDAS_NA_VALUES });
    expect(config.drift?.exclude).toEqual([]);
  });

  it('reads the inputs', async () => {
    const config = await load({
      ...data,
      delimiter: 'tab',
      decimal: ',',
      'na-values': '-, ?',
      'exclude-features': 'customer_id\n*_time',
    });
    expect(config.drift?.table).toEqual({
      delimiter: '\t',
      decimal: ',',
      naValues: [...PANDAS_NA_VALUES, '-', '?'],
    });
    expect(config.drift?.exclude).toEqual(['customer_id', '*_time']);
  });

  it('reads the config keys; na-values {replace} uses only the given markers', async () => {
    const config = await load(
      {},
      [
        'drift:',
        '  reference: ref.csv',
        '  current: cur.csv',
        "  delimiter: ';'",
        "  decimal: ','",
        "  na-values: {replace: ['-']}",
        '  exclude: [customer_id]',
      ].join('\n'),
    );
    expect(config.drift?.table).toEqual({ delimiter: ';', decimal: ',', naValues: ['-'] });
    expect(config.drift?.exclude).toEqual(['customer_id']);
  });

  it('refuses a delimiter it does not know and decimal , with delimiter ,', async () => {
    await expect(load({ ...data, delimiter: ':' })).rejects.toThrow(/delimiter/);
    await expect(load({ ...data, delimiter: ',', decimal: ',' })).rejects.toThrow(
      "drift: delimiter ',' and decimal ',' cannot be used together",
    );
  });
});
