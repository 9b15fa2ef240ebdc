'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';

export function Counter() {
  const t = useTranslations('Bare');
  const [count, setCount] = useState(0);
  return (
    <p>
      <button type="button" onClick={() => setCount(count + 1)}>
        {t('tap')}
      </button>{' '}
      {t('count', { count })}
    </p>
  );
}
