import { createElement, type ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching. Every page here is rendered per request (the session, the
 * CSP nonce), so Next keeps none of a prefetched page for the tap that follows, yet prefetching the
 * links in view cost each view of home 20 requests (each route's tree, then its segment) and the
 * phone about 0.7 s of script at Lighthouse's 4 × CPU slowdown (measured; see README, Performance).
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
