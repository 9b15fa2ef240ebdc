// Seeds load residents (tests/helpers/load-residents.ts) into the PostgreSQL database at argv[2] and
// prints them as JSON: for e2e specs, whose loader cannot import the app's modules (JSON messages).
// Usage: npx tsx tests/helpers/seed-load-residents-cli.ts <database url> <count> [<ISO instant of the sessions>]
import { openPostgres } from '@/lib/db/client';
import { seedLoadResidents } from './load-residents';

const [url, count, at] = process.argv.slice(2);
if (!url || !count) throw new Error('usage: seed-load-residents-cli.ts <database url> <count> [<instant>]');
const opened = await openPostgres(url, 2);
try {
  const residents = await seedLoadResidents(opened.db, Number(count), at ? new Date(at) : new Date());
  process.stdout.write(JSON.stringify(residents));
} finally {
  await opened.close();
}
