import type { ReactNode } from 'react';
// The product's stylesheet, loaded as the product loads it (one render-blocking <link>): the bare page
// with it measures what any page that has this stylesheet pays in Lighthouse, beside the bare page without it.
import '../../../../../app/globals.css';

export default function StyledLayout({ children }: { children: ReactNode }) {
  return children;
}
