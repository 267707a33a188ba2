import { z } from 'zod';
import { booleanChoice, idSchema, stateListParser } from './common';

export const setReviewHiddenSchema = z.object({ reviewId: idSchema, hidden: booleanChoice });

/** `?state=all|visible|hidden&page=`. */
export const parseReviewListParams = stateListParser(['all', 'visible', 'hidden'], 'all');
