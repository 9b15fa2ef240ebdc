import type { LooseT } from '../i18n/dynamic';
import type { Locale } from '../i18n/routing';
import type { IsoDate } from '../time/dates';
import type { Answers, FlowContext, FlowDefinition, FlowPerson, FlowStep } from './flow';
import { stepView, type MessageRef, type StepView } from './step-view';

type Flow = FlowDefinition<Record<string, unknown>>;
type Step = FlowStep<Record<string, unknown>>;
type Ctx = FlowContext<Record<string, unknown>>;

/** One way a step reads: for everyone, or only after an earlier answer (如果是“在外地长期住”：). */
export type ScriptBranch = {
  condition: string | null;
  hint: string | null;
  /** The answers to read out; none when there are too many or they come from the caller's records. */
  options: string[];
  /** The answers are read from the caller's live page instead. */
  live: boolean;
  /** The caller says it in their own words and the agent types them (a 'text' step); absent otherwise. */
  typed?: true;
};

export type ScriptStep = { key: string; question: string; branches: ScriptBranch[] };

/**
 * 电话办 call script: every step with the resident's own words. With a resident on the line (the
 * one staff act for) the hints carry their facts; with nobody yet, a fact is a placeholder to ask
 * for (〔他的参保地〕), and a wording that depends on the person or an earlier answer is given once
 * for each (如果是“职工医保”：… / 如果是“城乡居民医保”：…).
 */
export function callScript(t: LooseT, locale: Locale, flow: Flow, caller: Ctx | null, today: IsoDate): ScriptStep[] {
  const people = caller ? [{ condition: [], ctx: caller }] : unknownCallers(t, today);
  return flow.steps.map((step, index) => {
    const read = (answers: Answers, ctx: Ctx) => scriptBody(t, locale, flow, step, answers, ctx, caller === null);
    let variants = split(
      people.map((p) => ({ conditions: p.condition, answers: {}, ctx: p.ctx })),
      read,
    );
    for (const decider of flow.steps.slice(0, index).filter(decides)) {
      variants = variants.flatMap((v) => split(choicesOf(t, locale, flow, decider, v), read, [v]));
    }
    const branches = variants.flatMap((v): ScriptBranch[] => {
      const body = read(v.answers, v.ctx);
      return body ? [{ condition: conditionText(t, v.conditions), ...body }] : [];
    });
    // Opened by an answer from a long or searched list (列表里没有): read once, said to be asked only then.
    if (branches.length === 0 && step.when) {
      const { when: _when, ...always } = step;
      const body = scriptBody(t, locale, flow, always, {}, people[0]!.ctx, caller === null);
      if (body) branches.push({ condition: t('staff.scriptIfAsked'), ...body });
    }
    const question = stepView(t, { flow, step: withoutRecords(step), answers: {}, ctx: people[0]!.ctx, locale }).question.text;
    return { key: step.key, question, branches };
  });
}

type Variant = { conditions: string[]; answers: Answers; ctx: Ctx };
type Body = Omit<ScriptBranch, 'condition'>;

/** The variants when the step reads differently in them, else what stood before them (by default: the first, for everyone). */
function split(variants: Variant[], read: (answers: Answers, ctx: Ctx) => Body | null, before?: Variant[]): Variant[] {
  const [first] = variants;
  if (!first) return before ?? [];
  const bodies = new Set(variants.map((v) => JSON.stringify(read(v.answers, v.ctx))));
  if (bodies.size > 1) return variants;
  return before ?? [{ ...first, conditions: [] }];
}

/** Earlier questions with a short, fixed list of answers: those whose answer can change a later step's words. */
function decides(step: Step): boolean {
  return step.kind === 'choice' && (step.view ?? 'list') === 'list';
}

/** A variant once for each answer the decider offers it (none when the decider does not apply or reads records). */
function choicesOf(t: LooseT, locale: Locale, flow: Flow, decider: Step, v: Variant): Variant[] {
  if (decider.when && !decider.when(v.answers, v.ctx)) return [];
  const { view, live } = readable(t, locale, flow, decider, v.answers, v.ctx);
  if (live) return [];
  return view.options.map((o) => ({ conditions: [...v.conditions, o.label], answers: { ...v.answers, [decider.key]: o.value }, ctx: v.ctx }));
}

function conditionText(t: LooseT, conditions: string[]): string | null {
  const [first, ...rest] = conditions;
  if (first === undefined) return null;
  return rest.length === 0 ? t('staff.scriptIf', { choice: first }) : t('staff.scriptIfBoth', { first, second: rest.join(' / ') });
}

function scriptBody(t: LooseT, locale: Locale, flow: Flow, step: Step, answers: Answers, ctx: Ctx, placeholders: boolean): Body | null {
  if (step.when && !step.when(answers, ctx)) return null;
  const { view, live } = readable(t, locale, flow, step, answers, ctx);
  const say = (ref: MessageRef & { text: string }) => (placeholders ? t(ref.key, placeholderParams(t, ref)) : ref.text);
  const labels = view.options.map((o) => ('key' in o.source.label ? say({ ...o.source.label, text: o.label }) : o.label));
  const options =
    view.kind === 'date'
      ? [...view.quickDates.map((q) => q.label), ...(view.other ? [view.other.text] : [])]
      : view.kind === 'phone'
        ? [...labels, ...(view.other ? [view.other.text] : [])]
        : view.kind === 'choice' && view.layout === 'list'
          ? labels
          : [];
  const body = { hint: view.hint ? say(view.hint) : null, options, live: live || (view.kind === 'choice' && view.layout !== 'list') };
  return view.kind === 'text' ? { ...body, typed: true } : body;
}

/** The step's view; when its answers come from the caller's records and nobody is on the line, without them. */
function readable(t: LooseT, locale: Locale, flow: Flow, step: Step, answers: Answers, ctx: Ctx): { view: StepView; live: boolean } {
  try {
    return { view: stepView(t, { flow, step, answers, ctx, locale }), live: false };
  } catch (error) {
    if (error !== RECORDS_UNKNOWN) throw error;
    return { view: stepView(t, { flow, step: withoutRecords(step), answers, ctx, locale }), live: true };
  }
}

function withoutRecords(step: Step): Step {
  const { options: _options, filters: _filters, present: _present, ...rest } = step;
  return rest;
}

/** A fact written `{from}` in a message becomes 〔他的参保地〕; a choice between wordings (`{kind, select, …}`) keeps the person's value. */
function placeholderParams(t: LooseT, ref: MessageRef): Record<string, string | number> {
  const raw = t.raw(ref.key);
  const names = typeof raw === 'string' ? [...raw.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]!) : [];
  return { ...ref.params, ...Object.fromEntries(names.map((name) => [name, t(`staff.scriptParams.${name}`)])) };
}

/** Reading the caller's records when nobody is on the line: the step's answers are then read from the live page. */
const RECORDS_UNKNOWN = new Error('the caller is not known: no records');
const unknownRecords: Record<string, unknown> = new Proxy(
  {},
  {
    get() {
      throw RECORDS_UNKNOWN;
    },
  },
);

const SAMPLE_REGION = '370100';

/** Nobody on the line yet: an insured employee and a resident, each with no records the script may read. */
function unknownCallers(t: LooseT, today: IsoDate): { condition: string[]; ctx: Ctx }[] {
  const people: FlowPerson[] = [
    { insuranceType: 'employee', employmentStatus: 'retired', regionCode: SAMPLE_REGION, districtCode: null, phone: '' },
    { insuranceType: 'resident', employmentStatus: null, regionCode: SAMPLE_REGION, districtCode: null, phone: '' },
  ];
  return people.map((person) => ({ condition: [t(`settings.insurance.${person.insuranceType}`)], ctx: { today, person, facts: unknownRecords } }));
}
