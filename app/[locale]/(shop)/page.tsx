import { pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { getCurrentUser } from '@/server/auth/guards';
import { HomeView, homeMetadata } from './_views/home';

export const generateMetadata = homeMetadata;

export default async function HomePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <HomeView viewer={await getCurrentUser()} />;
}
