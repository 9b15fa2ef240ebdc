import { Svg } from '@/components/ui/icons';
import type { IconShape } from '@/lib/services/module';

/** A service's icon, drawn from its module's path data in the same 24 × 24 stroked frame as the other icons. */
export function ServiceIcon({ shapes }: { shapes: readonly IconShape[] }) {
  return (
    <Svg>
      {shapes.map((s) => (
        <path key={s.d} d={s.d} transform={s.transform} />
      ))}
    </Svg>
  );
}
