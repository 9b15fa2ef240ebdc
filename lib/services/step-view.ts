import { labelText, type LooseT } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import { formatMonthDay } from '../i18n/translator';
import type { IsoDate } from '../time/dates';
import { candidatesFrom, type VoiceCandidate } from '../voice/match';
import { quickDates, stepOptions, type QuickDate } from './engine';
import type { Answers, FlowContext, FlowDefinition, FlowStep, ListView, Option, StepKind } from './flow';
import { stepKeys } from './step-text';

export type MessageRef = { key: string; params?: Record<string, string | number> };
/** A message as shown: its key and filled parameters, and the text they make. */
export type ShownText = MessageRef & { text: string };

export type OptionView = {
  value: string;
  label: string;
  hint?: string;
  /** The heading above the first option of its run (常去的地方). */
  group?: string;
  /** Distance, level, address of a facility. */
  meta?: string;
  /** The option as the flow gave it: message keys and parameters, say words. */
  source: Option;
};

export type QuickDateView = QuickDate & { label: string; monthDay: string };

export type StepView = {
  key: string;
  kind: StepKind;
  layout: 'list' | 'grid' | 'search';
  question: ShownText;
  /** The short name of the answer on the check page. */
  label: ShownText;
  /** Only when it applies to these answers, with its parameters filled. */
  hint: ShownText | null;
  /** Every option these answers allow, as validation knows them. */
  options: OptionView[];
  /** What the page lists: narrowed and ordered by a search or filter; the chosen answer always kept. */
  shown: OptionView[];
  /** The filter chips of a searchable list. */
  filters: OptionView[];
  /** 今天 / 明天 / 昨天 … that the date range allows. */
  quickDates: QuickDateView[];
  dateRange: { min: IsoDate | null; max: IsoDate | null };
  /** A 'text' step's most characters (null for other kinds). */
  maxLength: number | null;
  /** The tile after the one-tap answers of a date or phone step (其他日期, 用另一个号码). */
  other: ShownText | null;
  /** What 语音版 reads after the question and hint, and which spoken words pick which answer. */
  voice: { answers: { value: string; label: string }[]; candidates: VoiceCandidate[] };
};

type Input = {
  flow: FlowDefinition<Record<string, unknown>>;
  step: FlowStep<Record<string, unknown>>;
  answers: Answers;
  ctx: FlowContext<Record<string, unknown>>;
  locale: Locale;
  /** How a searchable list is being looked at (search words, filter, position). */
  list?: ListView;
};

const OTHER_KEY: Partial<Record<StepKind, string>> = { date: 'flow.otherDate', phone: 'flow.otherPhone' };

/** One step, completely: what every page, 语音版, the call script and the tests say about it. */
export function stepView(t: LooseT, { flow, step, answers, ctx, locale, list = {} }: Input): StepView {
  const keys = stepKeys(flow.service, step.key);
  const shownText = (ref: MessageRef): ShownText => ({ ...ref, text: t(ref.key, ref.params) });
  const hintApplies = t.has(keys.hint) && (step.hintWhen?.(answers, ctx) ?? true);
  const params = hintApplies ? step.hintParams?.(answers, ctx, locale) : undefined;
  const all = stepOptions(step, answers, ctx);
  const shown = presented(step, all, list, answers, ctx);
  const toView = (o: Option) => optionView(t, o);
  const quick = quickDates(step, answers, ctx).map((q) => ({ ...q, label: t(`flow.${q.word}`), monthDay: formatMonthDay(q.date, locale) }));
  const otherKey = OTHER_KEY[step.kind];
  const spoken =
    step.kind === 'date'
      ? quick.map((q): Option => ({ value: q.date, label: { text: q.label } }))
      : step.kind === 'photos' || step.kind === 'text'
        ? []
        : shown;
  return {
    key: step.key,
    kind: step.kind,
    layout: step.view ?? 'list',
    question: shownText({ key: keys.question }),
    label: shownText({ key: keys.label }),
    hint: hintApplies ? shownText({ key: keys.hint, ...(params ? { params } : {}) }) : null,
    options: all.map(toView),
    shown: shown.map(toView),
    filters: (step.filters?.(answers, ctx) ?? []).map(toView),
    quickDates: quick,
    dateRange: step.dateRange?.(answers, ctx) ?? { min: null, max: null },
    maxLength: step.kind === 'text' ? (step.maxLength ?? null) : null,
    other: otherKey ? shownText({ key: otherKey }) : null,
    voice: { answers: spoken.map((o) => ({ value: o.value, label: labelText(t, o.label) })), candidates: candidatesFrom(spoken, (o) => labelText(t, o.label)) },
  };
}

function presented(
  step: FlowStep<Record<string, unknown>>,
  all: Option[],
  list: ListView,
  answers: Answers,
  ctx: FlowContext<Record<string, unknown>>,
): Option[] {
  if (step.view !== 'search' || !step.present) return all;
  const shown = step.present(all, list, answers, ctx);
  const chosen = all.find((o) => o.value === answers[step.key]);
  return chosen && !shown.some((o) => o.value === chosen.value) ? [chosen, ...shown] : shown;
}

function optionView(t: LooseT, option: Option): OptionView {
  return {
    value: option.value,
    label: labelText(t, option.label),
    ...(option.hint ? { hint: labelText(t, option.hint) } : {}),
    ...(option.group ? { group: labelText(t, option.group) } : {}),
    ...(option.meta ? { meta: metaText(t, option.meta) } : {}),
    source: option,
  };
}

function metaText(t: LooseT, meta: NonNullable<Option['meta']>): string {
  const parts: string[] = [];
  if (meta.distanceMetres !== undefined) parts.push(t('flow.distanceKm', { km: (meta.distanceMetres / 1000).toFixed(1) }));
  if (meta.level && t.has(`facility.levels.${meta.level}`)) parts.push(t(`facility.levels.${meta.level}`));
  if (meta.address) parts.push(meta.address);
  return parts.join(' · ');
}
