import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '@/lib/data/demo-people';
import type { InsuranceType } from '@/lib/data/diseases';
import type { Answers, FlowPerson } from '@/lib/services/flow';
import type { ServiceKey } from '@/lib/services/modules';
import { matchAnswer, type VoiceKind } from '@/lib/voice/match';
import { offTopicReason } from '@/lib/voice/off-topic';
import { beginsService } from '@/lib/voice/begin';
import { sampleFacts } from './sample-facts';
import { viewOf } from './step-views';
import type { Expect, Row } from './utterance-table';

/**
 * Issue 16's measure, shared by tests/unit/voice-utterances.test.ts (the table written with the matcher)
 * and tests/unit/voice-utterances-independent.test.ts (a table written without seeing its word lists):
 * what older people actually say, on every step of four services and on the yes/no and start pages,
 * against the production step views' voice candidates. Understood as meant ≥ 95 %; a wrong pick (an
 * option chosen that was not meant, or a vague word chosen without asking back) never.
 */

export const TODAY = '2026-11-30'; // a Monday
const jinanResident: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
const jinanEmployee: FlowPerson = { ...jinanResident, insuranceType: 'employee', employmentStatus: 'retired' };

const facts = await sampleFacts(DEMO_IDS.wangJianguo, TODAY, {
  designation: {
    designations: [
      { facilityCode: 'H37010200001', validFrom: '2025-01-01', validUntil: null },
      { facilityCode: 'H37010400001', validFrom: '2025-01-01', validUntil: null },
    ],
    completedChangeDates: [],
  },
  chronic: { existingDiseaseCodes: [] },
  'remote-care': { activeFilings: [] },
});

/** A set of rows, or rows made from the step's first option (the one listed first, nearest first for facilities). */
type Rows = readonly Row[] | ((first: string) => readonly Row[]);

/** What a table gives for each step the harness measures. */
export type UtteranceTable = {
  categoryRows: Rows;
  reasonLongRows: Rows;
  reasonTempRows: Rows;
  provinceRows: () => readonly Row[];
  shandongCityRows: Rows;
  liaoningCityRows: Rows;
  hainanCityRows: Rows;
  startDateLongRows: Rows;
  startDateTempRows: Rows;
  commitmentRows: Rows;
  phoneRows: Rows;
  diseaseRows: (catalogue: InsuranceType) => readonly Row[];
  diseaseSentenceRows: () => readonly Row[];
  chronicHospitalRows: Rows;
  replaceRows: Rows;
  newFacilityRows: Rows;
  yesNoRows: readonly Row[];
  startRows: readonly Row[];
};

type Step = {
  name: string;
  kind: VoiceKind;
  candidates: { value: string; labels: string[] }[];
  rows: readonly Row[];
  /** A service's start page, which listens only for the words that begin it. */
  start?: boolean;
  /** A date step's allowed range, as the page passes it to the matcher. */
  range?: { min: string | null; max: string | null };
};

function step(service: ServiceKey, key: string, rows: Rows, answers: Answers = {}, person = jinanResident): Step {
  const view = viewOf({ service, step: key, facts: facts[service], person, today: TODAY, answers });
  const kind: VoiceKind = view.kind === 'photos' ? 'text' : view.kind;
  const first = view.voice.candidates[0]?.value ?? '';
  return {
    name: `${service}.${key}${Object.keys(answers).length > 0 ? ` ${JSON.stringify(answers)}` : ''} (${person.insuranceType})`,
    kind,
    candidates: view.voice.candidates,
    rows: typeof rows === 'function' ? rows(first) : rows,
    range: view.dateRange,
  };
}

function stepsOf(table: UtteranceTable): Step[] {
  return [
    step('remote-care', 'category', table.categoryRows),
    step('remote-care', 'reason', table.reasonLongRows, { category: 'long-term' }),
    step('remote-care', 'reason', table.reasonTempRows, { category: 'temporary' }),
    step('remote-care', 'destProvinceCode', table.provinceRows()),
    step('remote-care', 'destCityCode', table.shandongCityRows, { destProvinceCode: '370000' }),
    step('remote-care', 'destCityCode', table.liaoningCityRows, { destProvinceCode: '210000' }),
    step('remote-care', 'destCityCode', table.hainanCityRows, { destProvinceCode: '460000' }),
    step('remote-care', 'startDate', table.startDateLongRows, { category: 'long-term' }),
    step('remote-care', 'startDate', table.startDateTempRows, { category: 'temporary' }),
    step('remote-care', 'commitment', table.commitmentRows, { category: 'long-term' }),
    step('remote-care', 'contactPhone', table.phoneRows),
    step('chronic', 'diseaseCode', table.diseaseRows('employee'), {}, jinanEmployee),
    step('chronic', 'diseaseCode', table.diseaseRows('resident')),
    step('chronic', 'diseaseCode', table.diseaseSentenceRows(), {}, jinanEmployee),
    step('chronic', 'hospitalCode', table.chronicHospitalRows),
    step('chronic', 'contactPhone', table.phoneRows),
    step('designation', 'replaceFacilityCode', table.replaceRows),
    step('designation', 'newFacilityCode', table.newFacilityRows, { replaceFacilityCode: 'H37010200001' }),
    step('designation', 'contactPhone', table.phoneRows),
    step('transfer', 'toProvinceCode', table.provinceRows()),
    step('transfer', 'toCityCode', table.shandongCityRows, { toProvinceCode: '370000' }),
    step('transfer', 'toCityCode', table.liaoningCityRows, { toProvinceCode: '210000' }),
    step('transfer', 'contactPhone', table.phoneRows),
    { name: 'yes/no (确定提交吗, yes/no steps)', kind: 'choice', candidates: [], rows: table.yesNoRows },
    { name: 'start pages', kind: 'choice', candidates: [], rows: table.startRows, start: true },
  ];
}

/** `asked-meant`: a pick was expected and the matcher asked back about that very option (one 是 more). */
type Outcome = 'meant' | 'asked-meant' | 'wrong-pick' | 'silent-pick' | 'missed';
type Seen = { step: string; utterance: string; expected: Expect; got: string; outcome: Outcome };

/** The matcher's answer in one word, and with an off-topic reason where it has none of its own. */
function run(s: Step, utterance: string): { kind: string; value?: string; command?: string; reason?: string; closest?: string[] } {
  if (s.start) return beginsService(utterance) ? { kind: 'answer', value: 'begin' } : { kind: 'unmatched' };
  const result = matchAnswer(utterance, s.candidates, s.kind, { today: TODAY, ...s.range }) as {
    kind: string;
    value?: string;
    command?: string;
    closest?: string[];
    reason?: { code: string };
  };
  const reason = result.kind === 'unmatched' ? (result.reason ?? offTopicReason(utterance, s.candidates) ?? undefined) : undefined;
  return { ...result, ...(reason ? { reason: reason.code } : {}) } as { kind: string; value?: string; command?: string; reason?: string };
}

function judge(expected: Expect, got: ReturnType<typeof run>): Outcome {
  const picked = got.kind === 'answer' ? got.value : undefined;
  if ('pick' in expected) {
    if (picked === expected.pick) return 'meant';
    if (got.kind === 'confirm' && got.value === expected.pick) return 'asked-meant';
    return picked === undefined ? 'missed' : 'wrong-pick';
  }
  if ('ask' in expected) {
    if (got.kind === 'confirm' && got.value === expected.ask) return 'meant';
    if (picked === expected.ask) return 'silent-pick';
    return picked === undefined ? 'missed' : 'wrong-pick';
  }
  if ('pickOrAsk' in expected) {
    if (picked === expected.pickOrAsk || (got.kind === 'confirm' && got.value === expected.pickOrAsk)) return 'meant';
    return picked === undefined ? 'missed' : 'wrong-pick';
  }
  if ('askAmong' in expected) {
    if ((got.kind === 'confirm' && expected.askAmong.includes(got.value ?? '')) || got.kind === 'unmatched') return 'meant';
    return picked === undefined ? 'missed' : 'wrong-pick';
  }
  if ('none' in expected) {
    if (got.kind === 'unmatched') return expected.reason === undefined || got.reason === expected.reason ? 'meant' : 'missed';
    return picked === undefined ? 'missed' : 'wrong-pick';
  }
  return got.kind === 'command' && got.command === expected.command ? 'meant' : picked === undefined ? 'missed' : 'wrong-pick';
}

/**
 * Registers the measure's tests: the figures printed with every row not understood as meant, and the
 * bars. `bar`: 'meant' counts only the outcome the table expected; 'meant-or-asked' also counts an
 * ask-back about the very option meant where the table expected a pick (for a table whose author
 * expected descriptions to be chosen outright, which 语音版 asks back about by design).
 */
export function describeUtterances(title: string, table: UtteranceTable, bar: 'meant' | 'meant-or-asked' = 'meant'): void {
  const steps = stepsOf(table);
  const seen: Seen[] = steps.flatMap((s) =>
    s.rows.map(([utterance, expected]) => {
      const got = run(s, utterance);
      const said =
        got.kind === 'answer' || got.kind === 'confirm'
          ? `${got.kind} ${got.value}`
          : got.kind === 'command'
            ? `command ${got.command}`
            : `unmatched${got.reason ? ` (${got.reason})` : ''}`;
      return { step: s.name, utterance, expected, got: said, outcome: judge(expected, got) };
    }),
  );

  const count = (o: Outcome) => seen.filter((s) => s.outcome === o).length;
  const share = (n: number) => `${((100 * n) / seen.length).toFixed(1)} %`;

  describe(title, () => {
    it('prints the figures', () => {
      const lines = [
        `utterances: ${seen.length} over ${steps.length} steps`,
        `understood as meant: ${count('meant')} (${share(count('meant'))})`,
        `asked back about the option meant where a pick was expected: ${count('asked-meant')}; as meant or so: ${share(count('meant') + count('asked-meant'))}`,
        `wrong picks: ${count('wrong-pick')}; vague words picked without asking back: ${count('silent-pick')}; not understood though meant: ${count('missed')}`,
        ...seen
          .filter((s) => s.outcome !== 'meant')
          .map((s) => `  ${s.outcome.padEnd(11)} ${s.step}: “${s.utterance}” → ${s.got}, expected ${JSON.stringify(s.expected)}`),
      ];
      console.log(lines.join('\n'));
      expect(seen.length).toBeGreaterThanOrEqual(400);
    });

    it('every step of the four services is in the table, and the yes/no and start pages', () => {
      const services = new Set(steps.map((s) => s.name.split('.')[0]));
      for (const service of ['remote-care', 'chronic', 'designation', 'transfer']) expect(services).toContain(service);
    });

    it('never picks the wrong thing', () => {
      expect(seen.filter((s) => s.outcome === 'wrong-pick' || s.outcome === 'silent-pick').map((s) => `${s.step}: ${s.utterance} → ${s.got}`)).toEqual([]);
    });

    it(bar === 'meant' ? 'understands at least 95 % as meant' : 'understands at least 95 % as meant or asks back about the option meant', () => {
      const understood = count('meant') + (bar === 'meant-or-asked' ? count('asked-meant') : 0);
      expect(understood / seen.length).toBeGreaterThanOrEqual(0.95);
    });
  });
}
