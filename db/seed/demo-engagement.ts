/**
 * Reviews (only by verified buyers), favourites and contact messages, then the rating aggregates the
 * catalogue sorts by, recomputed from the visible reviews.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { comments, contactMessages, favorites } from '../schema';
import { BASE_DATE, daysAgo, type SeededWorkflow } from './demo-catalog';
import type { OwnedPurchase, SeededUser } from './demo-commerce';
import type { Random } from './random';

const DAY = 86_400_000;

const OPENERS: Record<number, string[]> = {
  5: [
    'Exactly what I needed.',
    'Worked on the first try.',
    'Best purchase on this marketplace so far.',
    'Saved me a full day of building this myself.',
  ],
  4: ['Solid template.', 'Does what it says.', 'Good value for the price.', 'Very useful, with small caveats.'],
  3: ['It works, but expect some tweaking.', 'Decent starting point.', 'OK overall.'],
  2: ['Took much longer to set up than promised.', 'Not quite what I expected.'],
  1: ['Could not get it to run.', 'Disappointed.'],
};
const MIDDLES: Record<number, string[]> = {
  5: [
    'The setup guide walks through every credential, and the {app} step was already mapped correctly.',
    'Imported the JSON, connected {app}, and it has been running every day without a single failed execution.',
    'Clean node names and sensible defaults. I only changed the {app} channel and the schedule.',
  ],
  4: [
    'I had to adjust the {app} field mapping to match our data, but the structure is clear.',
    'The {app} part needed a small change for our account, otherwise it worked out of the box.',
    'Would love an error branch by default, but the {app} integration is well done.',
  ],
  3: [
    'The {app} node uses an older setup than our workspace, so I rebuilt part of it.',
    'Documentation is short; figuring out the {app} credentials took a while.',
  ],
  2: ['The {app} step failed until I rewrote the expression myself.', 'The guide skips how to configure {app}.'],
  1: ['The {app} node kept returning errors and the guide did not help.'],
};
const CLOSERS = [
  'Recommended.',
  'Thanks to the author!',
  'Support answered my question within a day.',
  'Our team uses it daily now.',
  'Would buy again.',
  '',
];
const HIDDEN_TEXTS = [
  'Cheaper copies of all these templates on my Zalo 0900 000 000, message me!!!',
  'This is a scam, I want my money back, do not buy anything here!!! (posted before the transfer was even checked)',
];

const HIDDEN_AT = [2, 9];

function reviewText(rnd: Random, rating: number, apps: string[]): string {
  const app = apps.length > 0 ? rnd.pick(apps) : 'n8n';
  return [rnd.pick(OPENERS[rating] ?? []), rnd.pick(MIDDLES[rating] ?? []).replace('{app}', app), rnd.pick(CLOSERS)]
    .filter(Boolean)
    .join(' ');
}

export async function seedEngagement(
  tx: Executor,
  rnd: Random,
  admin: SeededUser,
  shoppers: SeededUser[],
  catalog: SeededWorkflow[],
  owned: OwnedPurchase[],
  appsBySlug: Map<string, string[]>,
) {
  // Reviews: about three in four buyers leave one; ratings lean towards 4 and 5. Two are hidden by
  // moderation, so the aggregates must ignore them.
  const reviews = owned
    .filter(() => rnd.chance(0.75))
    .map((p, i) => {
      const rating = rnd.weighted([5, 4, 3, 2, 1], [10, 8, 3, 1, 1]);
      const hiddenText = HIDDEN_TEXTS[HIDDEN_AT.indexOf(i)];
      const createdAt = new Date(Math.min(p.reviewedAt.getTime() + rnd.int(1, 10) * DAY, BASE_DATE.getTime()));
      const content = hiddenText ?? reviewText(rnd, rating, appsBySlug.get(p.workflow.slug) ?? []);
      return {
        userId: p.userId,
        workflowId: p.workflow.id,
        rating,
        content,
        hidden: !!hiddenText,
        createdAt,
        updatedAt: createdAt,
      };
    });
  if (reviews.length > 0) await tx.insert(comments).values(reviews);

  // Only visible reviews count, and the columns must match the aggregate exactly.
  await tx.execute(sql`
    update workflows w
    set rating_avg = coalesce(s.avg, 0), review_count = coalesce(s.n, 0)
    from (
      select w2.id, round(avg(c.rating)::numeric, 2) as avg, count(c.id)::int as n
      from workflows w2 left join comments c on c.workflow_id = w2.id and c.hidden = false
      group by w2.id
    ) s
    where s.id = w.id`);

  const forSale = catalog.filter((w) => w.status === 'active');
  const favs = shoppers.flatMap((user) =>
    rnd.sample(forSale, rnd.int(3, 7)).map((w) => ({
      userId: user.id,
      workflowId: w.id,
      createdAt: new Date(Math.max(user.createdAt.getTime(), w.createdAt.getTime()) + rnd.int(1, 48) * 3_600_000),
    })),
  );
  await tx.insert(favorites).values(favs);

  const [an, binh] = shoppers;
  const messages = [
    {
      name: an?.name ?? 'Nguyễn Văn An',
      email: an?.email ?? 'an@usitech.local',
      userId: an?.id ?? null,
      subject: 'Cannot find my Zalo credential after import',
      message:
        'Hi, I imported the WooCommerce to Zalo workflow but n8n says the node type is unknown. Did I miss a step?',
      reply:
        'Hi An, that workflow uses a community node: install n8n-nodes-zalo under Settings → Community nodes, then re-open the workflow. The setup guide in your library has screenshots.',
      repliedAt: daysAgo(19),
      resolvedAt: daysAgo(19),
      resolvedBy: admin.id,
      createdAt: daysAgo(20),
    },
    {
      name: binh?.name ?? 'Trần Thị Bình',
      email: binh?.email ?? 'binh@usitech.local',
      userId: binh?.id ?? null,
      subject: 'VAT invoice for my company',
      message:
        'Could you issue the invoices for my last two purchases to my company name and tax code? I will send the details.',
      createdAt: daysAgo(4),
    },
    {
      name: 'Võ Thị Hoa',
      email: 'hoa.vo@example.com',
      userId: null,
      subject: 'Custom workflow for our spa chain',
      message:
        'We run 6 spas in Đà Nẵng and want booking reminders on Zalo plus a daily revenue report. Do you build custom workflows?',
      createdAt: daysAgo(2),
    },
    {
      name: 'Daniel Kim',
      email: 'daniel@example.org',
      userId: null,
      subject: 'Selling my templates on USITech',
      message: 'I have 20 tested n8n templates for real estate agencies. How can I become a seller?',
      createdAt: daysAgo(1),
    },
  ];
  await tx.insert(contactMessages).values(messages);
  return {
    reviews: reviews.length,
    hidden: reviews.filter((r) => r.hidden).length,
    favorites: favs.length,
    messages: messages.length,
  };
}
