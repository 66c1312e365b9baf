import nx from '@nx/eslint-plugin';

/**
 * The domain graph, enforced. Each project carries a `domain:*` tag, and a domain may use only the
 * domains listed here (and the shared, cross-cutting libraries). Reporting and notifications will
 * read every domain; no domain may read them. `domain:app` is the composition (the apps, the API's
 * app module and its test harness).
 */
export const DOMAIN_GRAPH = {
  'domain:shared': [],
  'domain:audit': [],
  'domain:org': ['domain:audit'],
  'domain:people': ['domain:audit', 'domain:org'],
  'domain:auth': ['domain:audit', 'domain:org', 'domain:people'],
  'domain:catalogue': ['domain:audit', 'domain:org'],
  'domain:delivery': ['domain:audit', 'domain:org', 'domain:people', 'domain:catalogue'],
  'domain:assessment': ['domain:audit', 'domain:org', 'domain:people', 'domain:catalogue', 'domain:delivery'],
  'domain:certification': ['domain:audit', 'domain:org', 'domain:people', 'domain:catalogue', 'domain:delivery', 'domain:assessment'],
  'domain:core-team': ['domain:audit', 'domain:org', 'domain:people', 'domain:catalogue', 'domain:delivery', 'domain:certification'],
};

const domainConstraints = [
  ...Object.entries(DOMAIN_GRAPH).map(([sourceTag, uses]) => ({
    sourceTag,
    onlyDependOnLibsWithTags: [sourceTag, 'domain:shared', ...uses],
  })),
  // A domain's medium tests run the composed app (through the test harness).
  { sourceTag: 'domain:app', onlyDependOnLibsWithTags: ['domain:*'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // web
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:contracts', 'type:api', 'type:testing'],
            },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            // api: a domain's Nest module; the composition (app module, migrations); the test harness; medium tests
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:api', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:api', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:composition', 'type:api', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:testing', 'type:composition', 'type:api', 'type:util', 'type:contracts'] },
            ...domainConstraints,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    rules: {},
  },
];
