/**
 * A review's length limits, apart from the schemas (lib/validations/reviews.ts): the review form in the
 * browser reads them, and importing the schemas' module would put zod into the workflow page's JavaScript.
 */
export const REVIEW_MIN_LENGTH = 10;
export const REVIEW_MAX_LENGTH = 2000;
