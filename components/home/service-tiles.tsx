import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { serviceModules } from '@/lib/services/modules';
import { ServiceIcon } from '../services/service-icon';

export async function ServiceTiles() {
  const t = await getTranslations('services');
  return (
    <div className="tiles">
      {serviceModules.map(({ key, icon }) => (
        <Link key={key} className="tile" href={`/services/${key}`}>
          <ServiceIcon shapes={icon} />
          {t(`${key}.short`)}
        </Link>
      ))}
    </div>
  );
}
