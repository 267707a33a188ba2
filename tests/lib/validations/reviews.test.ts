import { describe, expect, it } from 'vitest';
import { inEnglish } from '@/lib/validations/messages';
import { createReviewSchema, reviewsQuerySchema, updateReviewSchema } from '@/lib/validations/reviews';

const ID = '3f0b7a52-9d4e-4c71-8a8e-1f2b3c4d5e6f';

describe('review validations', () => {
  it('takes a rating 1–5 from the radio group and trims the text', () => {
    expect(createReviewSchema.parse({ workflowId: ID, rating: '4', content: '  Great template, works.  ' })).toEqual({
      workflowId: ID,
      rating: 4,
      content: 'Great template, works.',
    });
  });

  it('reports every bad field at once', () => {
    const result = updateReviewSchema.safeParse({ reviewId: 'x', rating: '6', content: '   short   ' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['reviewId', 'rating', 'content']));
    const ratingMessage = createReviewSchema.safeParse({ workflowId: ID, content: 'Long enough text here' }).error
      ?.issues[0]?.message;
    expect(ratingMessage).toBe('ratingRequired');
    expect(inEnglish(ratingMessage!)).toBe('Choose a rating from 1 to 5.');
    expect(createReviewSchema.safeParse({ workflowId: ID, rating: '5', content: 'x'.repeat(2001) }).success).toBe(
      false,
    );
    expect(createReviewSchema.safeParse({ workflowId: ID, rating: '5', content: 'x'.repeat(2000) }).success).toBe(true);
  });

  it('reads sort and page from the URL with fallbacks', () => {
    expect(reviewsQuerySchema.parse({ reviewsSort: 'lowest', reviewsPage: '2' })).toEqual({
      reviewsSort: 'lowest',
      reviewsPage: 2,
    });
    expect(reviewsQuerySchema.parse({})).toEqual({ reviewsSort: 'newest', reviewsPage: 1 });
    expect(reviewsQuerySchema.parse({ reviewsSort: 'best', reviewsPage: '-1' })).toEqual({
      reviewsSort: 'newest',
      reviewsPage: 1,
    });
  });
});
