import { addDays, type IsoDate } from '../time/dates';
import type { Answers, FlowContext, FlowDefinition, FlowStep, Option, Refusal } from './flow';

export const CHECK_STEP = 'check';

export type StepResult = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

export function applicableSteps<F>(flow: FlowDefinition<F>, answers: Answers, ctx: FlowContext<F>): FlowStep<F>[] {
  return flow.steps.filter((step) => !step.when || step.when(answers, ctx));
}

export function findStep<F>(flow: FlowDefinition<F>, key: string): FlowStep<F> | undefined {
  return flow.steps.find((s) => s.key === key);
}

export function stepOptions<F>(step: FlowStep<F>, answers: Answers, ctx: FlowContext<F>): Option[] {
  return step.options ? step.options(answers, ctx) : [];
}

/** Validates one answer: the step applies, the value has the right shape, is one of the options, and passes the rule. */
export function validateStep<F>(flow: FlowDefinition<F>, key: string, raw: unknown, answers: Answers, ctx: FlowContext<F>): StepResult {
  const step = findStep(flow, key);
  if (!step || !applicableSteps(flow, answers, ctx).includes(step)) return { ok: false, refusal: { code: 'step-not-applicable' } };
  const parsed = step.schema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    const code = message && /^[a-z-]+$/.test(message) ? message : 'choose-one';
    const params = code === 'text-too-long' && step.maxLength ? { params: { max: step.maxLength } } : {};
    return { ok: false, refusal: { code, ...params } };
  }
  if (step.kind === 'choice' && step.options) {
    const values = step.options(answers, ctx).map((o) => o.value);
    if (!values.includes(String(parsed.data))) return { ok: false, refusal: { code: 'choose-one' } };
  }
  if (step.kind === 'date' && step.dateRange) {
    const { min, max } = step.dateRange(answers, ctx);
    const date = String(parsed.data);
    if (min && date < min) return { ok: false, refusal: { code: 'date-too-early', params: { date: min } } };
    if (max && date > max) return { ok: false, refusal: { code: 'date-too-late', params: { date: max } } };
  }
  const refusal = step.rule?.(parsed.data, answers, ctx) ?? null;
  return refusal ? { ok: false, refusal } : { ok: true, value: parsed.data };
}

/**
 * Keeps only answers of steps that still apply, and choices still on offer: an earlier change can
 * make later answers moot (another province: the city is asked again rather than kept and refused on submit).
 */
export function pruneAnswers<F>(flow: FlowDefinition<F>, answers: Answers, ctx: FlowContext<F>): Answers {
  const kept: Answers = Object.fromEntries(Object.entries(answers).filter(([k]) => k.startsWith('_')));
  for (const step of flow.steps) {
    const value = answers[step.key];
    if (value === undefined || (step.when && !step.when(kept, ctx))) continue;
    if (step.kind === 'choice' && step.options && !step.options(kept, ctx).some((o) => o.value === String(value))) continue;
    kept[step.key] = value;
  }
  return kept;
}

/**
 * Answers carried over from an earlier application (变更备案 starts from the filing it replaces):
 * each kept only if it passes its step's validation today, exactly as if it had been answered now.
 */
export function prefillAnswers<F>(flow: FlowDefinition<F>, hidden: Answers, candidate: Answers, ctx: FlowContext<F>): Answers {
  const answers: Answers = { ...hidden };
  for (const step of flow.steps) {
    if (candidate[step.key] === undefined) continue;
    const result = validateStep(flow, step.key, candidate[step.key], answers, ctx);
    if (result.ok) answers[step.key] = result.value;
  }
  return pruneAnswers(flow, answers, ctx);
}

export function firstUnanswered<F>(flow: FlowDefinition<F>, answers: Answers, ctx: FlowContext<F>): string {
  return applicableSteps(flow, answers, ctx).find((s) => answers[s.key] === undefined)?.key ?? CHECK_STEP;
}

/** After a step: the next unanswered step, or the check page when everything is answered. */
export function nextAfter<F>(flow: FlowDefinition<F>, key: string, answers: Answers, ctx: FlowContext<F>): string {
  const steps = applicableSteps(flow, answers, ctx);
  const index = steps.findIndex((s) => s.key === key);
  const next = steps.slice(index + 1).find((s) => answers[s.key] === undefined);
  return next?.key ?? firstUnanswered(flow, answers, ctx);
}

export function previousOf<F>(flow: FlowDefinition<F>, key: string, answers: Answers, ctx: FlowContext<F>): string | null {
  const steps = applicableSteps(flow, answers, ctx);
  if (key === CHECK_STEP) return steps[steps.length - 1]?.key ?? null;
  const index = steps.findIndex((s) => s.key === key);
  return index > 0 ? (steps[index - 1]?.key ?? null) : null;
}

/**
 * "第 N 步 / 共 M 步" that never grows mid-flow: a conditional step counts while an earlier
 * question still open could make it apply (one answer of that question turns it on), and drops
 * out only once the answers so far have decided against it.
 */
export function stepPosition<F>(flow: FlowDefinition<F>, key: string, answers: Answers, ctx: FlowContext<F>): { index: number; total: number } {
  const steps = countedSteps(flow, answers, ctx);
  return { index: steps.findIndex((s) => s.key === key) + 1, total: steps.length };
}

function countedSteps<F>(flow: FlowDefinition<F>, answers: Answers, ctx: FlowContext<F>): FlowStep<F>[] {
  const applicable = new Set(applicableSteps(flow, answers, ctx));
  return flow.steps.filter((step, i) => applicable.has(step) || couldApply(step, flow.steps.slice(0, i), applicable, answers, ctx));
}

function couldApply<F>(step: FlowStep<F>, before: FlowStep<F>[], applicable: Set<FlowStep<F>>, answers: Answers, ctx: FlowContext<F>): boolean {
  if (!step.when) return false;
  const open = before.filter((s) => applicable.has(s) && answers[s.key] === undefined && s.kind === 'choice');
  return open.some((s) => stepOptions(s, answers, ctx).some((o) => step.when?.({ ...answers, [s.key]: o.value }, ctx)));
}

/** The days a date step offers with one tap (今天, 明天, 后天, 昨天, 前天), those its range allows. */
const QUICK_DATES = [
  [0, 'today'],
  [1, 'tomorrow'],
  [2, 'dayAfter'],
  [-1, 'yesterday'],
  [-2, 'dayBefore'],
] as const;
export type QuickDate = { date: IsoDate; word: (typeof QUICK_DATES)[number][1] };

export function quickDates<F>(step: FlowStep<F>, answers: Answers, ctx: FlowContext<F>): QuickDate[] {
  if (step.kind !== 'date') return [];
  const { min, max } = step.dateRange?.(answers, ctx) ?? { min: null, max: null };
  return QUICK_DATES.map(([offset, word]) => ({ date: addDays(ctx.today, offset), word })).filter(({ date }) => (!min || date >= min) && (!max || date <= max));
}

export type FullValidation = { ok: true; answers: Answers } | { ok: false; step: string; refusal: Refusal };

/** Every applicable answer again, in order, then the flow's own rules: what submit relies on. */
export function validateAll<F>(flow: FlowDefinition<F>, answers: Answers, ctx: FlowContext<F>): FullValidation {
  const start = flow.startRule?.(ctx);
  if (start) return { ok: false, step: CHECK_STEP, refusal: start };
  const clean: Answers = Object.fromEntries(Object.entries(answers).filter(([k]) => k.startsWith('_')));
  for (const step of applicableSteps(flow, answers, ctx)) {
    if (answers[step.key] === undefined) return { ok: false, step: step.key, refusal: { code: 'choose-one' } };
    const result = validateStep(flow, step.key, answers[step.key], answers, ctx);
    if (!result.ok) return { ok: false, step: step.key, refusal: result.refusal };
    clean[step.key] = result.value;
  }
  const final = flow.finalRule?.(clean, ctx);
  return final ? { ok: false, step: CHECK_STEP, refusal: final } : { ok: true, answers: clean };
}
