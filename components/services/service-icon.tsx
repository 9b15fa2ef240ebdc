import type { IconShape } from '@/lib/services/module';

/** A service's icon, drawn from its module's path data (24 × 24, stroked like the other icons). */
export function ServiceIcon({ shapes }: { shapes: readonly IconShape[] }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {shapes.map((s) => (
        <path key={s.d} d={s.d} transform={s.transform} />
      ))}
    </svg>
  );
}
