import { NextIntlClientProvider } from 'next-intl';
import { providerProps, type ClientMessagesProps } from './client-messages-props';

/**
 * The namespaces the client components below need (their forms' labels and the `validation` messages
 * useActionForm shows before posting), given only where those forms are: the [locale] layout gives
 * client components none, so the catalog ships no form words.
 */
export async function ClientMessages(props: ClientMessagesProps) {
  return <NextIntlClientProvider {...await providerProps(props)}>{props.children}</NextIntlClientProvider>;
}
