import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { serviceKeys, type ServiceKey } from '@/lib/services/modules';
import { HospitalIcon, PillIcon, PlaneIcon, TransferIcon } from '../ui/icons';

const icons: Record<ServiceKey, typeof PlaneIcon> = {
  'remote-care': PlaneIcon,
  chronic: PillIcon,
  designation: HospitalIcon,
  transfer: TransferIcon,
};

export async function ServiceTiles() {
  const t = await getTranslations('services');
  return (
    <div className="tiles">
      {serviceKeys.map((key) => {
        const Icon = icons[key];
        return (
          <Link key={key} className="tile" href={`/services/${key}`}>
            <Icon />
            {t(`${key}.short`)}
          </Link>
        );
      })}
    </div>
  );
}
