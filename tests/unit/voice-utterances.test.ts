import * as table from '../helpers/utterance-table';
import { describeUtterances } from '../helpers/utterance-harness';

/**
 * Issue 16's measure: what older people actually say, on every step of four services and on the
 * yes/no and start pages, against the production step views' voice candidates. Understood as
 * meant ≥ 95 %; a wrong pick (an option chosen that was not meant, or a vague word chosen without
 * asking back) never. The harness (steps, judging, figures) is tests/helpers/utterance-harness.ts.
 */
describeUtterances('what people say, step by step (issue 16)', table);
