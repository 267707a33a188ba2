import { pageLocale, type LocaleParams } from '@/i18n/page-locale';
import { HomeView, homeMetadata } from '@/app/[locale]/(shop)/_views/home';

// Generated on the first request, not at build (the build has no database), then served from the cache.
export const generateStaticParams = () => [];
export const revalidate = 3600;
export const generateMetadata = homeMetadata;

export default async function VisitorHomePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <HomeView viewer={null} />;
}
