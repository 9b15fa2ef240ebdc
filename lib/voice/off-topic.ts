/**
 * Why an answer that names something real is still not an answer here: a city of another province
 * on a city step ("大连在辽宁省，您前面选的是山东省"), a disease this person's catalogue does not
 * have. Said instead of a near-miss; the words are `voice.reasons.<code>` in the messages.
 * Pure and browser-safe; derived from what was heard and the step's candidates alone.
 */
import { codesNamedBy } from '../data/disease-colloquial';
import { diseases } from '../data/diseases';
import { uncoveredDiseaseIn } from '../data/diseases-not-covered';
import { findPlaces, provinceByCode } from '../data/divisions';
import { facilities } from '../data/facilities';
import { facilityNicknames } from '../data/facility-nicknames';
import { normalise } from './normalise';

export type VoiceReason = { code: string; params?: Record<string, string | number> };

type Candidates = readonly { value: string }[];

const isCityCode = (v: string) => /^\d{6}$/.test(v) && !v.endsWith('0000');
const isDiseaseCode = (v: string) => /^M\d{5}$/.test(v);
const isFacilityCode = (v: string) => /^H\d{11}$/.test(v);

/** A reason to give instead of "没听懂", or null when what was heard names nothing off the list. */
export function offTopicReason(heard: string, candidates: Candidates): VoiceReason | null {
  const text = normalise(heard);
  if (text === '' || candidates.length === 0) return null;
  const values = candidates.map((c) => c.value);
  if (values.every(isCityCode)) return cityElsewhere(text, values);
  if (values.every(isDiseaseCode)) return diseaseElsewhere(text, values);
  if (values.every(isFacilityCode)) return facilityElsewhere(text, values);
  return null;
}

/** A city named that lies in another province than the one the listed cities share. */
function cityElsewhere(text: string, values: string[]): VoiceReason | null {
  const chosenCode = `${values[0]?.slice(0, 2) ?? ''}0000`;
  const chosen = provinceByCode(chosenCode);
  if (!chosen || !values.every((v) => v.startsWith(chosenCode.slice(0, 2)))) return null;
  const places = findPlaces(text);
  if (places.some((p) => p.provinceCode === chosenCode)) return null;
  const elsewhere = places.find((p) => p.kind === 'city');
  const province = elsewhere && provinceByCode(elsewhere.provinceCode);
  // 上海 is its own province: "上海市在上海市" says nothing; the matcher's notInList names it plainly.
  if (!elsewhere || !province || elsewhere.name === province.name) return null;
  return { code: 'cityInOtherProvince', params: { city: elsewhere.name, province: province.name, chosen: chosen.name } };
}

/** A disease named (by its catalogue name or what people call it) that none of the listed codes is. */
function diseaseElsewhere(text: string, values: string[]): VoiceReason | null {
  const listed = new Set(values);
  const byName = diseases.filter((d) => text.includes(d.name.split('（')[0] ?? d.name)).map((d) => d.code);
  const named = [...new Set([...byName, ...codesNamedBy(text)])];
  if (named.length === 0) {
    // 高血脂, 颈椎病: in no catalogue at all.
    const uncovered = uncoveredDiseaseIn(text);
    return uncovered ? { code: 'diseaseNotInCatalogue', params: { disease: uncovered } } : null;
  }
  if (named.some((code) => listed.has(code))) return null;
  const disease = diseases.find((d) => d.code === named[0]);
  return disease ? { code: 'diseaseNotInCatalogue', params: { disease: disease.name } } : null;
}

/** A facility named in full or by its short name that is not on this list (another city's, or one already held). */
function facilityElsewhere(text: string, values: string[]): VoiceReason | null {
  const named = facilities.filter((f) => [f.name, ...facilityNicknames(f.code)].some((name) => text.includes(name)));
  if (named.length === 0 || named.some((f) => values.includes(f.code))) return null;
  const first = named[0];
  return first ? { code: 'facilityNotListed', params: { facility: first.name } } : null;
}
