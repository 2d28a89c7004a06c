/** How a monitor's own settings go over the inherited ones (monitors/expand.ts documents the rule). */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own property even for `__proto__` (a plain assignment would change the prototype instead). */
export function define(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

/** Mappings merge key by key at every depth; anything else the monitor sets replaces the inherited value. */
export function inherit(
  base: Record<string, unknown>,
  own: Record<string, unknown>,
): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(base)) define(out, name, value);
  for (const [name, value] of Object.entries(own)) {
    const inherited = out[name];
    define(out, name, isPlainObject(inherited) && isPlainObject(value) ? inherit(inherited, value) : value);
  }
  return out;
}
