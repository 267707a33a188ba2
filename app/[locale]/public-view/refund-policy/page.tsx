// The anonymous variant of /refund-policy: the same page, prerendered at build with the visitor's header.
export { default, generateMetadata } from '@/app/[locale]/(shop)/refund-policy/page';
