import * as table from '../helpers/utterance-table-independent';
import { describeUtterances } from '../helpers/utterance-harness';

/**
 * Issue 16's measure over an independent table (tests/helpers/utterance-table-independent.ts), written by
 * someone who did not see the matcher's word lists: the same steps, answers, people and judging as
 * tests/unit/voice-utterances.test.ts (tests/helpers/utterance-harness.ts), the same bars — at least 400
 * rows, no wrong picks, no vague word picked without asking back, at least 95 % understood as meant.
 * Rows that fail are the measure's finding, not something to tune away.
 */
describeUtterances('what people say, step by step, in a table written without the word lists (issue 16)', table);
