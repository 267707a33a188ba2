import { HomeView, homeMetadata } from '@/app/(shop)/_views/home';

// Generated on the first request, not at build (the build has no database), then served from the cache.
export const generateStaticParams = () => [];
export const revalidate = 3600;
export const generateMetadata = homeMetadata;

export default function VisitorHomePage() {
  return <HomeView viewer={null} />;
}
