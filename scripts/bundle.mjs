// Bundles src/ into self-contained ESM files in dist/ (the action entry and the CLI).
// esbuild is deterministic: the same sources and lockfile give byte-identical output, which check-dist relies on.
import { build } from 'esbuild';

const banner = {
  js: "import { createRequire as __rtCreateRequire } from 'node:module';\nconst require = __rtCreateRequire(import.meta.url);",
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
});
