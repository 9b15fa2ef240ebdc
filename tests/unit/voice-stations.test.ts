import { describe, expect, it } from 'vitest';
import { stationCommand } from '@/lib/voice/stations';

describe('说一说 on the station list', () => {
  it.each([
    ['最近的', 'nearest'],
    ['哪个最近', 'nearest'],
    ['离我最近的是哪个', 'nearest'],
    ['打电话', 'call'],
    ['给最近的打个电话', 'call'],
    ['拨打', 'call'],
    ['导航', 'navigate'],
    ['怎么走', 'navigate'],
    ['带我去最近的', 'navigate'],
    ['nearest', 'nearest'],
    ['call them', 'call'],
    ['directions', 'navigate'],
  ] as const)('“%s” → %s', (heard, command) => {
    expect(stationCommand(heard)).toBe(command);
  });

  it('asks for nothing on a no or on other words', () => {
    for (const heard of ['不用打电话', '别导航', '算了', '今天天气好', '']) expect(stationCommand(heard)).toBeNull();
  });
});
