import 'server-only';

export * from './read-reviews';
export * from './set-review-hidden';
export * from './write-review';
