// The anonymous variant of /privacy: the same page, prerendered at build with the visitor's header.
export { default, generateMetadata } from '@/app/[locale]/(shop)/privacy/page';
