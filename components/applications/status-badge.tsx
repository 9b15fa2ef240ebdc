import type { ApplicationStatus } from '@/lib/jingban/status';
import { CheckIcon, ClockIcon, CrossIcon } from '../ui/icons';

const look: Record<ApplicationStatus, { tone: string; Icon: typeof CheckIcon }> = {
  'pending-confirmation': { tone: 'waiting', Icon: ClockIcon },
  draft: { tone: 'waiting', Icon: ClockIcon },
  submitted: { tone: 'progress', Icon: ClockIcon },
  accepted: { tone: 'progress', Icon: ClockIcon },
  reviewing: { tone: 'progress', Icon: ClockIcon },
  completed: { tone: 'done', Icon: CheckIcon },
  rejected: { tone: 'stopped', Icon: CrossIcon },
  cancelled: { tone: 'stopped', Icon: CrossIcon },
};

/** Status as words and a shape, never colour alone. `ended`: the filing it made is no longer in force. */
export function StatusBadge({ status, label, ended }: { status: ApplicationStatus; label: string; ended?: string }) {
  const { tone, Icon } = ended ? look.cancelled : look[status];
  return (
    <span className={`badge ${tone}`} data-status={ended ?? status}>
      <Icon />
      {label}
    </span>
  );
}
