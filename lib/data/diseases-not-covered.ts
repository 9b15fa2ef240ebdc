/**
 * Long-term conditions people name that are in no 门诊慢特病 catalogue here (lib/data/diseases.ts):
 * said on the disease step, 语音版 says so plainly instead of asking about a near sound (高血脂 is
 * not 高血压). tests/unit/disease-colloquial.test.ts fails if one of these becomes a catalogue
 * name or a word that picks or suggests an entry.
 */
export const DISEASES_NOT_COVERED: readonly string[] = [
  '高血脂',
  '血脂高',
  '低血压',
  '低血糖',
  '胃病',
  '胃炎',
  '颈椎病',
  '腰椎间盘突出',
  '腰间盘突出',
  '骨质疏松',
  '白内障',
  '青光眼',
  '痛风',
  '前列腺增生',
  '前列腺炎',
  '前列腺',
  '脂肪肝',
  '胆结石',
  '肾结石',
  '失眠',
  '抑郁症',
];

/** The first such condition named in `text`, longest name first. */
export function uncoveredDiseaseIn(text: string): string | null {
  return [...DISEASES_NOT_COVERED].sort((a, b) => b.length - a.length).find((word) => text.includes(word)) ?? null;
}
