// The anonymous variant of /terms: the same page, prerendered at build with the visitor's header.
export { default, generateMetadata } from '@/app/[locale]/(shop)/terms/page';
