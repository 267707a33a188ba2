import { clsx } from 'clsx';
import type { ButtonHTMLAttributes } from 'react';
import { buttonShape, buttonSizes, buttonVariants, type ButtonSize, type ButtonVariant } from './button-styles';

/**
 * A button of `variant` and `size`. `className` adds layout (`w-full`, `mt-6`) and must not set padding or
 * colours (use `size` and `variant`): the classes are joined, not merged, so this component, used by client
 * components on every page, ships no tailwind-merge (7 kB of JavaScript, issue 20).
 */
export function Button({
  variant = 'primary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return (
    <button
      type={type}
      className={clsx(buttonShape, buttonSizes[size], buttonVariants[variant], className)}
      {...props}
    />
  );
}
