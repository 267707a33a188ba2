import { useLocale } from 'next-intl';
import { switchLocaleAction } from '@/actions/locale';
import { otherLocale, type Locale } from '@/i18n/routing';

/** "Tiếng Việt" / "English": a form posting to the switcher action, so it works without JavaScript. */
export function LocaleSwitcher({ className }: { className?: string }) {
  const target = otherLocale(useLocale() as Locale);
  return (
    <form action={switchLocaleAction}>
      <input type="hidden" name="locale" value={target} />
      <button type="submit" lang={target} className={className}>
        {target === 'vi' ? 'Tiếng Việt' : 'English'}
      </button>
    </form>
  );
}
