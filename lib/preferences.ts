export const TEXT_SIZE_COOKIE = 'yb_text';
export const VOICE_COOKIE = 'yb_voice';
export const textSizes = ['standard', 'large', 'xlarge'] as const;
export type TextSize = (typeof textSizes)[number];
export type Preferences = { textSize: TextSize; voice: boolean };

export function parsePreferences(get: (name: string) => string | undefined): Preferences {
  const size = get(TEXT_SIZE_COOKIE);
  return {
    textSize: (textSizes as readonly string[]).includes(size ?? '') ? (size as TextSize) : 'standard',
    voice: get(VOICE_COOKIE) === 'on',
  };
}

/** Remembered per device for a year; not secret, so readable by the page. */
export const preferenceCookieOptions = { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' as const, httpOnly: false };
