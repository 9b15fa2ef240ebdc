import type { z } from 'zod';
import type { InsuranceType } from '../data/diseases';
import type { MessageOrText } from '../i18n/dynamic';
import type { RegionCode } from '../data/regions';
import type { IsoDate } from '../time/dates';

/**
 * One declarative flow per service (GOV.UK "one question per page"). The same definition renders
 * the pages, validates in the API route, builds the check-answers page and drives voice and the
 * staff script. Words live in messages under `flows.<service>.<step>`.
 */
export type FlowPerson = {
  insuranceType: InsuranceType;
  employmentStatus: 'active' | 'retired' | null;
  regionCode: RegionCode;
  districtCode: string | null;
  phone: string;
};

export type FlowContext<F = Record<string, unknown>> = {
  today: IsoDate;
  person: FlowPerson;
  /** What the 经办 backend knows that the rules need (existing filings, designations …). */
  facts: F;
};

export type Answers = Record<string, unknown>;

/** An option's words: a message key under the flow, or text from data (place and facility names). */
export type OptionLabel = MessageOrText;

export type Option = {
  value: string;
  label: OptionLabel;
  hint?: OptionLabel;
  /** Extra words the voice matcher accepts for this option (synonyms, short names). */
  say?: string[];
  /**
   * Words that only suggest this option (a vague word, a description that fits it loosely, or one
   * that fits several options): 语音版 never picks on them, it asks back ("您说的是‘…’吗？").
   */
  weak?: string[];
  /** Shown beside a searchable option: distance, level, address. */
  meta?: { distanceMetres?: number; level?: string; address?: string };
  /** A heading shown above the first option of a run of options with the same group (常去的地方 / 其他省份). */
  group?: OptionLabel;
};

/** How the person is looking at a long list: what they searched, which filter, where they are. */
export type ListView = { q?: string; filter?: string; near?: { lat: number; lng: number } };

export type Refusal = { code: string; params?: Record<string, string | number> };

export type StepKind = 'choice' | 'date' | 'photos' | 'phone' | 'text';

export type FlowStep<F = Record<string, unknown>> = {
  key: string;
  kind: StepKind;
  /** How a long choice list is shown: plain list, two-column grid, or a searchable list. */
  view?: 'list' | 'grid' | 'search';
  when?: (answers: Answers, ctx: FlowContext<F>) => boolean;
  options?: (answers: Answers, ctx: FlowContext<F>) => Option[];
  /**
   * For view 'search': narrows and orders the options for display (search by name or pinyin
   * initials, a filter, nearest first). Validation always uses the full `options`.
   */
  present?: (options: Option[], view: ListView, answers: Answers, ctx: FlowContext<F>) => Option[];
  /** For view 'search': the filter chips offered (e.g. facility levels), as option values + labels. */
  filters?: (answers: Answers, ctx: FlowContext<F>) => Option[];
  schema: z.ZodType;
  /** For kind 'text': the most characters the answer may have (the schema enforces it too; the page stops typing there). */
  maxLength?: number;
  /** The answer already chosen when the step is shown the first time (the one account on file); the person still confirms it. */
  preselect?: (answers: Answers, ctx: FlowContext<F>) => string | null;
  /** For dates: the earliest and latest allowed (null: no limit), shown on the page and enforced. */
  dateRange?: (answers: Answers, ctx: FlowContext<F>) => { min: IsoDate | null; max: IsoDate | null };
  rule?: (value: unknown, answers: Answers, ctx: FlowContext<F>) => Refusal | null;
  /** Whether the hint applies to these answers (a warning only some answers need); shown and read aloud alike. */
  hintWhen?: (answers: Answers, ctx: FlowContext<F>) => boolean;
  /** Values for placeholders in the hint (e.g. the person's own 参保地); `locale` picks the language of place names. */
  hintParams?: (answers: Answers, ctx: FlowContext<F>, locale: string) => Record<string, string | number>;
};

export type FlowDefinition<F = Record<string, unknown>> = {
  /** The key of the service module it belongs to. */
  service: string;
  steps: FlowStep<F>[];
  /** Rules over the whole application, checked again on submit. */
  finalRule?: (answers: Answers, ctx: FlowContext<F>) => Refusal | null;
  /** Refuses before the first question (e.g. a filing already exists, no change left this year). */
  startRule?: (ctx: FlowContext<F>) => Refusal | null;
  /** Which notes under `flows.<service>.start` this person is shown (default: `note`, when it exists). */
  startNotes?: (ctx: FlowContext<F>) => string[];
};
