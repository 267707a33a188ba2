// The anonymous variant of /about: the same page, prerendered at build with the visitor's header.
export { default, generateMetadata } from '@/app/[locale]/(shop)/about/page';
