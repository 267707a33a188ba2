// The anonymous variant of /refund-policy: the same page, prerendered at build with the visitor's header.
export { default, generateMetadata } from '@/app/(shop)/refund-policy/page';
