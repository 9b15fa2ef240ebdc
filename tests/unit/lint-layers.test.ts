import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules guard the layer arrows of design.md; these probes prove they still bite (a resolver
// setting lost in a config edit once made every import pass unseen).
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer arrows', () => {
  it('refuses a page that queries a table, and lets it use the db handle and the domain', async () => {
    const found = await problems(
      'components/zz-probe.ts',
      "import { getDb } from '@/lib/db/client';\nimport { persons } from '@/lib/db/schema';\nimport { findPerson } from '@/lib/jingban/people';\nexport const x = [getDb, persons, findPerson];\n",
    );
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"lib-db" are not allowed in elements of type "components"/)]);
  });

  it('keeps lib/db free of the rest of lib/, and services free of the database', async () => {
    expect(await problems('lib/db/zz-probe.ts', "import { isUuid } from '../identity/uuid';\nexport const x = isUuid;\n")).toEqual([
      expect.stringMatching(/"lib-identity" are not allowed in elements of type "lib-db"/),
    ]);
    expect(await problems('lib/services/zz-probe.ts', "import type { Db } from '../db/client';\nexport type X = Db;\n")).toEqual([
      expect.stringMatching(/"lib-db-client" are not allowed in elements of type "lib-services"/),
    ]);
  });

  it('refuses an import cycle', async () => {
    // lib/calendar/working-days.ts imports lib/time/dates.ts: dates importing it back closes a loop.
    const found = await problems(
      'lib/time/dates.ts',
      "import { createWorkingCalendar } from '../calendar/working-days';\nexport const x = createWorkingCalendar;\n",
    );
    expect(found).toContainEqual(expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/));
  });
});
