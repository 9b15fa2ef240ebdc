import { getTranslations } from 'next-intl/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>>; name: string; done: (number: string) => string };

/** What a 模拟经办 start action answered: the new 办件编号, or the refusal in words. */
export async function DevStartNotice({ searchParams, name, done }: Props) {
  const te = await getTranslations('errors');
  const params = await searchParams;
  const number = params[name];
  const error = params[`${name}Error`];
  if (typeof number === 'string' && /^[A-Z]{2}\d{14}$/.test(number)) {
    return (
      <p className="notice success" role="status">
        {done(number)}
      </p>
    );
  }
  if (typeof error === 'string') {
    const key = (te.has(error as 'invalid-input') ? error : 'invalid-input') as 'invalid-input';
    return (
      <p className="notice error" role="alert">
        {te(key)}
      </p>
    );
  }
  return null;
}
