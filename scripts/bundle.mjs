// Bundles src/ into self-contained ESM files in dist/ (the action entry and the CLI).
// esbuild is deterministic: the same sources and lockfile give byte-identical output, which check-dist relies on.
import { build } from 'esbuild';

const banner = {
  js: "import { createRequire as __rtCreateRequire } from 'node:module';\nconst require = __rtCreateRequire(import.meta.url);",
};

/**
 * Cold start: a metrics-only run must not load what it does not use (issue 12). The run's own code imports the
 * heavy parts lazily (drift, Parquet, the GitHub client, @actions/exec, @actions/glob), but @actions/core
 * imports two of them for features we never call: `getIDToken` (@actions/http-client, hence undici, 37% of
 * the bundle) and `platform` (@actions/exec). These modules only define things (no side effects at import),
 * so marking them side-effect free lets esbuild drop them wherever nothing they export is used, and keep
 * them — unchanged — in the chunks that do use them.
 */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    const mark = async (args) => {
      if (args.pluginData?.marked) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { marked: true },
      });
      return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
    };
    build.onResolve({ filter: /^@actions\/(http-client|exec|io)(\/|$)/ }, mark);
    build.onResolve({ filter: /^\.\/platform\.js$/ }, (args) =>
      /@actions[\\/]core[\\/]/.test(args.importer) ? mark(args) : undefined,
    );
  },
};

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  banner,
  legalComments: 'linked',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [sideEffectFree],
});
