import { getCurrentUser } from '@/server/auth/guards';
import { HomeView, homeMetadata } from './_views/home';

export const generateMetadata = homeMetadata;

export default async function HomePage() {
  return <HomeView viewer={await getCurrentUser()} />;
}
