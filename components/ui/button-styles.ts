export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'ghostDanger';
export type ButtonSize = 'md' | 'sm' | 'xs';

/** A button's shape; its padding is its size; its colours are its variant. */
export const buttonShape =
  'inline-flex items-center justify-center gap-2 rounded-lg text-sm font-medium transition-colors disabled:cursor-not-allowed';

export const buttonSizes: Record<ButtonSize, string> = { md: 'px-4 py-2', sm: 'px-3 py-1.5', xs: 'px-2 py-1' };

export const buttonVariants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-500/60',
  secondary: 'border border-line bg-surface text-ink hover:bg-canvas',
  ghost: 'text-ink hover:bg-canvas',
  danger: 'bg-danger text-white hover:bg-red-800',
  ghostDanger: 'text-danger hover:bg-canvas',
};
