import { cn } from '@/lib/cn';
import { buttonShape, buttonSizes, buttonVariants, type ButtonVariant } from './button-styles';

/**
 * The classes of a link or plain button that looks like a button of `variant`, for server components:
 * `extra` may override them (`px-3 py-1`), tailwind-merge keeping the later class. Client components use
 * <Button> (components/ui/button.tsx), which has sizes instead and ships no tailwind-merge.
 */
export function buttonClass(variant: ButtonVariant = 'primary', extra?: string) {
  return cn(buttonShape, buttonSizes.md, buttonVariants[variant], extra);
}
