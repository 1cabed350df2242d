/**
 * The house's dependency rules, checked by `npm run lint:deps` (part of
 * `npm test`). Libraries are layered; a library imports only libraries in a
 * lower layer, never an app. Apps never import each other.
 *
 *   layer 0  contracts, config, text, glossary, http   the wire contract and plain building blocks
 *   layer 1  cache, messaging                 infrastructure adapters
 *   layer 2  persistence, observability       adapters that implement layer-1 interfaces
 *   layer 3  runtime                          the composition root every main() uses
 */
const LAYERS = [
  ['contracts', 'config', 'text', 'glossary', 'http'],
  ['cache', 'messaging'],
  ['persistence', 'observability'],
  ['runtime'],
];

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((lib) => ({
    name: `layers-${lib}`,
    comment: `libs/${lib} (layer ${index}) may import only libraries of a lower layer`,
    severity: 'error',
    from: { path: `^libs/${lib}/` },
    to: {
      path: '^libs/([^/]+)/',
      pathNot: [
        `^libs/${lib}/`,
        ...LAYERS.slice(0, index)
          .flat()
          .map((lower) => `^libs/${lower}/`),
      ],
    },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'libs-never-import-apps', severity: 'error', from: { path: '^libs/' }, to: { path: '^apps/' } },
    {
      name: 'apps-stay-apart',
      comment: 'an app reaches another only through events (libs/contracts)',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      comment: 'a test helper beside the code (*.test-helper.ts) is test code: it may use test/support',
      from: { path: '^(apps|libs)/', pathNot: '\\.((int-|e2e-|fault-)?spec|test-helper)\\.ts$' },
      to: { path: '(^test/|\\.spec\\.ts$|\\.test-helper\\.ts$)' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^node_modules/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
