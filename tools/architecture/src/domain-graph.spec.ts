import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The domain graph bites: lint refuses an import that goes against it. Each case lints a small
 * file as if it sat in a project's folder (nothing is written), with the workspace's own ESLint
 * configuration and its @nx/enforce-module-boundaries rules.
 */
type Case = [what: string, file: string, importPath: string, symbol: string, expected?: RegExp];

const refused: Case[] = [
  ['catalogue may not use people', 'libs/catalogue/api/src/lib/probe.ts', '@cds/people/api', 'PeopleModule', /domain:catalogue.*can only depend on/],
  ['audit may not use org', 'libs/audit/api/src/lib/probe.ts', '@cds/org/api', 'OrgModule', /domain:audit|Circular/],
  ['org may not use core-team', 'libs/org/api/src/lib/probe.ts', '@cds/core-team/api', 'CoreTeamModule', /domain:org|Circular/],
  ['people may not use core-team', 'libs/people/api/src/lib/probe.ts', '@cds/core-team/api', 'CoreTeamModule', /domain:people|Circular/],
  ['a domain may not use the composition', 'libs/people/api/src/lib/probe.ts', '@cds/api/app', 'AppModule', /type:api.*can only depend on|domain:people|Circular/],
  ['the API may not use the web', 'libs/org/api/src/lib/probe.ts', '@cds/web/core', 'AuthStore', /scope:api.*can only depend on/],
  ['a web feature may not use another feature', 'libs/people/feature/src/lib/probe.ts', '@cds/org/feature', 'ORG_ROUTES', /type:feature.*can only depend on/],
  ['the people screens may not use core-team data', 'libs/people/feature/src/lib/probe.ts', '@cds/core-team/data-access', 'CoreTeamApi', /domain:people.*can only depend on/],
];
const allowed: Case[] = [
  ['people may use org', 'libs/people/api/src/lib/probe.ts', '@cds/org/api', 'ScopeService'],
  ['core-team may use people', 'libs/core-team/api/src/lib/probe.ts', '@cds/people/api', 'PeopleHooks'],
  ['the core-team screens may use people data', 'libs/core-team/feature/src/lib/probe.ts', '@cds/people/data-access', 'PeopleApi'],
];

let messages: string[][];
beforeAll(() => {
  const cases = [...refused, ...allowed].map(([, file, importPath, symbol]) => ({ file, code: `import { ${symbol} } from '${importPath}';\nexport const probe = ${symbol};\n` }));
  const out = execFileSync(process.execPath, [join(__dirname, '..', 'lint-probe.cjs')], { input: JSON.stringify(cases), encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
  messages = JSON.parse(out);
});

describe('the domain graph (lint)', () => {
  it.each(refused.map((c, i) => [c[0], i] as const))('refuses: %s', (_what, i) => {
    expect(messages[i]).toEqual(expect.arrayContaining([expect.stringMatching(refused[i][4] as RegExp)]));
  });

  it.each(allowed.map((c, i) => [c[0], refused.length + i] as const))('allows: %s', (_what, i) => {
    expect(messages[i]).toEqual([]);
  });
});
