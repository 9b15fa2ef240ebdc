import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors/domain-error';
import type { Db } from '../db/client';
import { rateLimits } from '../db/schema';
import { processState } from '../runtime/process-state';
import { BUDGETS, type BudgetName } from './budgets';

const limiters = processState('rate-limiters', () => ({ db: undefined as Db | undefined, byName: new Map<BudgetName, RateLimiterDrizzle>() }));

function limiterFor(db: Db, name: BudgetName): RateLimiterDrizzle {
  if (limiters.db !== db) {
    limiters.db = db;
    limiters.byName.clear();
  }
  let limiter = limiters.byName.get(name);
  if (!limiter) {
    const budget = BUDGETS[name];
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      keyPrefix: name,
      points: budgetPoints(name),
      duration: budget.windowSeconds,
      ...('blockSeconds' in budget ? { blockDuration: budget.blockSeconds } : {}),
      clearExpiredByTimeout: false,
    });
    limiters.byName.set(name, limiter);
  }
  return limiter;
}

/**
 * A budget's points. `RATE_BUDGET_MULTIPLIER` (default 1) widens every budget for the shared e2e
 * server, whose specs sign the same demo people in dozens of times an hour; the abuse spec runs a
 * server of its own at 1. Never set it in production.
 */
export function budgetPoints(name: BudgetName): number {
  const multiplier = Number(process.env.RATE_BUDGET_MULTIPLIER ?? 1);
  return BUDGETS[name].points * (Number.isFinite(multiplier) && multiplier >= 1 ? Math.floor(multiplier) : 1);
}

/** `resetInSeconds`: when this window's count starts again. */
export type Spend = { ok: true; consumed: number; resetInSeconds: number } | { ok: false; retryInSeconds: number; consumed: number };

/**
 * Spends one point of a budget for `key`. Never call inside a database transaction: on PGlite the
 * counter's own statement would wait for that transaction.
 */
export async function spend(db: Db, name: BudgetName, key: string, points = 1): Promise<Spend> {
  try {
    const res = await limiterFor(db, name).consume(key, points);
    return { ok: true, consumed: res.consumedPoints, resetInSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  } catch (error) {
    if (error instanceof RateLimiterRes)
      return { ok: false, retryInSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)), consumed: error.consumedPoints };
    throw error;
  }
}

/** Gives one point back (a right password after a reserved try). */
export async function refund(db: Db, name: BudgetName, key: string): Promise<void> {
  await limiterFor(db, name).reward(key, 1);
}

/** Whether a budget is spent for `key` now, without spending. */
export async function isSpent(db: Db, name: BudgetName, key: string): Promise<Spend> {
  const res = await limiterFor(db, name).get(key);
  const consumed = res?.consumedPoints ?? 0;
  if (res && consumed >= budgetPoints(name)) return { ok: false, retryInSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)), consumed };
  return { ok: true, consumed, resetInSeconds: Math.max(1, Math.ceil((res?.msBeforeNext ?? 0) / 1000)) };
}

/** Spends one point of each budget (all of them, even after one refuses); the longest wait if any refused. */
export async function spendAll(db: Db, spends: ReadonlyArray<readonly [BudgetName, string]>): Promise<{ ok: true } | { ok: false; retryInSeconds: number }> {
  let wait = 0;
  for (const [name, key] of spends) {
    const result = await spend(db, name, key);
    if (!result.ok) wait = Math.max(wait, result.retryInSeconds);
  }
  return wait > 0 ? { ok: false, retryInSeconds: wait } : { ok: true };
}

/**
 * Spends one point of each budget, in order, and refuses with a 429 that says in plain words when to
 * try again (the longest wait among those spent). Every budget is charged even after one refuses,
 * so a script cannot probe one budget while another is spent.
 */
export async function assertWithinBudgets(db: Db, spends: ReadonlyArray<readonly [BudgetName, string]>): Promise<void> {
  const result = await spendAll(db, spends);
  if (!result.ok) throw new DomainError('rate-limited', retryWords(result.retryInSeconds), 429);
}

/** Minutes when under an hour, else hours (rounded up): "请 12 分钟后再试" / "请 3 小时后再试". */
export function retryWords(seconds: number): { minutes: number; hours: number; unit: 'minutes' | 'hours' } {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  const hours = Math.ceil(seconds / 3600);
  return { minutes, hours, unit: minutes < 60 ? 'minutes' : 'hours' };
}

/** The SMS budgets of one target phone: every user-triggered send to it spends from both. */
export function smsToPhone(phone: string): Array<readonly [BudgetName, string]> {
  return [
    ['smsToPhoneHourly', phone],
    ['smsToPhoneDaily', phone],
  ];
}
