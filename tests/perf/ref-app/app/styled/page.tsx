import { getTranslations } from 'next-intl/server';
import { Counter } from '../counter';

export default async function StyledBarePage() {
  const t = await getTranslations('Bare');
  return (
    <main>
      <h1>{t('title')}</h1>
      <Counter />
    </main>
  );
}
