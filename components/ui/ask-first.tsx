import { Link } from '@/lib/i18n/navigation';

type Props = { keepHref: string; keepLabel: string; action: string; confirmLabel: string; locale: string };

/**
 * The two answers to "are you sure?" before anything irreversible: keep it (the filled main button,
 * on top) and, set apart below a line, do it (a red outlined button that posts the plain form).
 */
export function AskFirstChoice({ keepHref, keepLabel, action, confirmLabel, locale }: Props) {
  return (
    <div className="cancel-choice">
      <Link className="button" href={keepHref}>
        {keepLabel}
      </Link>
      <form action={action} method="post" className="cancel-confirm">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button danger">
          {confirmLabel}
        </button>
      </form>
    </div>
  );
}
