import { providerProps, type ClientMessagesProps } from './client-messages-props';
import { LazyIntlProvider } from './lazy-intl-provider';

/**
 * <ClientMessages> for a client component a page shows to few of its readers (loaded with next/dynamic):
 * the provider's code is fetched only when rendered, so the page's other readers download none of it.
 */
export async function LazyClientMessages(props: ClientMessagesProps) {
  return <LazyIntlProvider {...await providerProps(props)}>{props.children}</LazyIntlProvider>;
}
