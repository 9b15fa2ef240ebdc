import * as table from '../helpers/utterance-table-heldout';
import { describeUtterances } from '../helpers/utterance-harness';

/**
 * Issue 16's measure over a held-out table (tests/helpers/utterance-table-heldout.ts), written by
 * a separate author on 2026-11-30 who saw neither the matcher nor the two earlier tables: the same steps, answers, people and judging as
 * tests/unit/voice-utterances.test.ts (tests/helpers/utterance-harness.ts), the same bars — at least 400
 * rows, no wrong picks, no vague word picked without asking back, at least 95 % understood as meant.
 * Rows that fail are the measure's finding, not something to tune away.
 */
describeUtterances('what people say, step by step, in a held-out table written without the matcher or the earlier tables (issue 16)', table);
