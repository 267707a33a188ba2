import { z } from 'zod';
import { booleanChoice, idSchema } from './common';
import { choiceFilter, listFilters } from './list-filters';

export const setReviewHiddenSchema = z.object({ reviewId: idSchema, hidden: booleanChoice });

/** `?state=all|visible|hidden&page=`. */
export const reviewListFilters = listFilters({
  state: choiceFilter('filters.show', [
    ['all', 'filters.allReviews'],
    ['visible', 'filters.visible'],
    ['hidden', 'filters.hidden'],
  ]),
});
