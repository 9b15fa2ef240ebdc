import { describe, it, expect } from 'vitest';
import {
  applicationStatuses,
  assertTransition,
  canTransition,
  IllegalTransitionError,
  isApplicationStatus,
  isFinal,
  type ApplicationStatus,
} from '@/lib/jingban/status';

// 草稿 → 已提交 → 已受理 → 审核中 → 已办结 / 不予通过; 已撤销. 免申即享 (002 第12条): 医院已帮您申请
// ('pending-confirmation') → 医保经办机构确认 (已受理) → 已认定, or refused by the 经办.
const allowed: readonly (readonly [ApplicationStatus, ApplicationStatus])[] = [
  ['pending-confirmation', 'accepted'],
  ['pending-confirmation', 'rejected'],
  ['pending-confirmation', 'cancelled'],
  ['draft', 'submitted'],
  ['draft', 'cancelled'],
  ['submitted', 'accepted'],
  ['submitted', 'rejected'],
  ['submitted', 'cancelled'],
  ['accepted', 'reviewing'],
  ['accepted', 'completed'],
  ['accepted', 'rejected'],
  ['accepted', 'cancelled'],
  ['reviewing', 'completed'],
  ['reviewing', 'rejected'],
];

const illegal: readonly (readonly [ApplicationStatus, ApplicationStatus])[] = [
  ['completed', 'reviewing'],
  ['completed', 'cancelled'],
  ['completed', 'rejected'],
  ['cancelled', 'submitted'],
  ['cancelled', 'accepted'],
  ['rejected', 'completed'],
  ['rejected', 'reviewing'],
  ['reviewing', 'cancelled'],
  ['reviewing', 'accepted'],
  ['reviewing', 'submitted'],
  ['draft', 'completed'],
  ['draft', 'accepted'],
  ['draft', 'reviewing'],
  ['submitted', 'reviewing'],
  ['submitted', 'completed'],
  ['submitted', 'draft'],
  ['accepted', 'submitted'],
  // No confirmation by the insured person (the old 待您确认 → 已提交), and no 已认定 before the 经办 confirms.
  ['pending-confirmation', 'submitted'],
  ['pending-confirmation', 'completed'],
  ['pending-confirmation', 'reviewing'],
];

const finals: readonly ApplicationStatus[] = ['completed', 'rejected', 'cancelled'];

describe('application state machine', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(illegal)('refuses %s → %s with IllegalTransitionError', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    let caught: unknown;
    try {
      assertTransition(from, to);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IllegalTransitionError);
    const e = caught as IllegalTransitionError;
    expect(e.from).toBe(from);
    expect(e.to).toBe(to);
    expect(e.name).toBe('IllegalTransitionError');
    expect(e.message).toContain(from);
    expect(e.message).toContain(to);
  });

  it('allows exactly the listed transitions and nothing else (full matrix)', () => {
    const key = (a: string, b: string) => `${a}→${b}`;
    const allowedSet = new Set(allowed.map(([a, b]) => key(a, b)));
    for (const from of applicationStatuses) {
      for (const to of applicationStatuses) {
        expect(canTransition(from, to), key(from, to)).toBe(allowedSet.has(key(from, to)));
      }
    }
  });

  it('no status transitions to itself', () => {
    for (const s of applicationStatuses) expect(canTransition(s, s), s).toBe(false);
  });

  it.each(finals)('final state %s has no way out', (from) => {
    expect(isFinal(from)).toBe(true);
    for (const to of applicationStatuses) {
      expect(canTransition(from, to), `${from}→${to}`).toBe(false);
      expect(() => assertTransition(from, to)).toThrow(IllegalTransitionError);
    }
  });

  it('only completed, rejected and cancelled are final', () => {
    expect(applicationStatuses.filter(isFinal).sort()).toEqual([...finals].sort());
  });

  it('every non-final state can still be cancelled or decided', () => {
    for (const s of applicationStatuses.filter((x) => !isFinal(x))) {
      const exits = applicationStatuses.filter((to) => canTransition(s, to));
      expect(exits.length, s).toBeGreaterThan(0);
    }
  });

  it('recognises status strings', () => {
    for (const s of applicationStatuses) expect(isApplicationStatus(s)).toBe(true);
    expect(isApplicationStatus('done')).toBe(false);
    expect(isApplicationStatus('')).toBe(false);
    expect(isApplicationStatus('Completed')).toBe(false);
  });
});
