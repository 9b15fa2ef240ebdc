import type { ReactNode } from 'react';

type Props = {
  action: string;
  locale: string;
  fields?: Record<string, string>;
  secondary?: boolean;
  multipart?: boolean;
  children: ReactNode;
};

/** A one-button form: the action works on any phone browser, with or without JavaScript. */
export function PostButton({ action, locale, fields = {}, secondary = false, multipart = false, children }: Props) {
  return (
    <form action={action} method="post" encType={multipart ? 'multipart/form-data' : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={secondary ? 'button secondary' : 'button'}>
        {children}
      </button>
    </form>
  );
}
