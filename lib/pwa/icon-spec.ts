// The home-screen icon's colours and the maskable safe zone, shared by the manifest, the icon generator and their test.

/** The app's --primary: the icon's background, the manifest's theme and splash colour. */
export const ICON_BACKGROUND = '#0b3d91';
/** The app's --on-primary: the 医保 drawn on it. */
export const ICON_FOREGROUND = '#ffffff';
/** A maskable icon's artwork stays inside the central circle of 80 % of its side (radius 0.4). */
export const MASKABLE_SAFE_RADIUS = 0.4;

export const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export const APPLE_TOUCH_ICON = '/icons/apple-touch-icon-180.png';
