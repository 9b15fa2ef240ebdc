import { describe, expect, it } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh-CN.json';
import { REFUSALS_SENDING_TO_STATION, sendsToStation } from '@/lib/stations/refusals';

// A refusal that says "到(附近的)医保服务站…" / "带社保卡到服务站…" gets the link to 附近的医保服务站.
const GO_TO_STATION = /到(?:附近的)?(?:医保)?服务站/;

describe('refusals that send the person to a 医保服务站', () => {
  it('are exactly the errors whose words say so, in both languages', () => {
    const saying = Object.entries(zh.errors)
      .filter(([, text]) => GO_TO_STATION.test(text))
      .map(([code]) => code);
    expect([...saying].sort()).toEqual([...REFUSALS_SENDING_TO_STATION].sort());
    for (const code of REFUSALS_SENDING_TO_STATION) expect((en.errors as Record<string, string>)[code]).toMatch(/service (point|station)/);
    expect(sendsToStation('not-insured')).toBe(true);
    expect(sendsToStation('transfer-pending')).toBe(false);
    expect(sendsToStation(null)).toBe(false);
  });

  it('and the other texts that say it are the ones the pages link from', () => {
    // serviceStart.notYet is not shown by any page; settings.helpBody and applications.next.rejected carry the link.
    expect(zh.settings.helpBody).toMatch(GO_TO_STATION);
    expect(zh.applications.next.rejected).toMatch(GO_TO_STATION);
  });
});
