import { handle } from '@/lib/api/server';
import { requireResidentAssist } from '@/lib/assist/resident';
import { assistEventStream, onChange } from '@/lib/assist/stream';
import { appContext } from '@/lib/server/context';

/** The resident's page listens for: a staff member joined, a hint, the end. */
export const GET = handle(async (req) => {
  const { db, now } = await appContext();
  const row = await requireResidentAssist(db, now);
  const claimed = onChange((r) => ({ version: r.claimedBy ? 1 : 0, data: { claimed: Boolean(r.claimedBy) } }), 'status');
  const hint = onChange((r) => ({ version: r.hintVersion, data: { hint: r.hint } }), 'hint');
  let first = true;
  return assistEventStream(db, row.id, req.signal, (r, send) => {
    claimed(r, send);
    // A hint already on screen is not sent again on reconnect or on the next page.
    if (first) {
      first = false;
      hint(r, () => {});
      return;
    }
    hint(r, send);
  });
});
