/**
 * 附近的医保服务站 by voice: "最近的" says the nearest station, "打电话" dials it, "导航" opens the map to it.
 * Pure and browser-safe; loaded when the person first presses 说一说 on the station list.
 */
export type StationCommand = 'nearest' | 'call' | 'navigate';

const CALL = /打电话|打个电话|电话|拨打|拨号|打过去|打给|call|phone/i;
const NAVIGATE = /导航|怎么走|怎么去|带我去|路线|地图|navigat|direction|map/i;
const NEAREST = /最近|哪个近|哪家近|附近|离我近|离家近|nearest|closest/i;

/** What the words heard ask for; a no said around them ("不用打电话") asks for nothing. */
export function stationCommand(heard: string): StationCommand | null {
  const text = heard.replace(/\s+/g, '');
  if (/不用|不要|别|甭|算了/.test(text)) return null;
  if (CALL.test(text)) return 'call';
  if (NAVIGATE.test(text)) return 'navigate';
  if (NEAREST.test(text)) return 'nearest';
  return null;
}
