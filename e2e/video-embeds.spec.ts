import { createWorkflow, deleteWorkflow } from './support/admin-workflows';
import { DEMO, expect, signIn, test } from './fixtures';

/** Issue 13 item 8: YouTube and Vimeo links play in their privacy-enhanced players; other sites are refused. */

const REFUSED = /Give a YouTube or Vimeo video link/;

test('a YouTube link shows the nocookie player in both page variants; another video site is refused at upload', async ({
  page,
  browser,
}) => {
  const title = `Video demo ${Date.now()}`;
  await signIn(page, DEMO.admin, '/admin');
  await createWorkflow(page, title);
  const assets = page.getByRole('region', { name: 'Images and files' });
  const videoLink = assets.getByLabel('Or a video link');

  // Refused in the browser (the shared schema) …
  await videoLink.fill('https://www.dailymotion.com/video/x8abcd');
  await assets.getByRole('button', { name: 'Add to workflow' }).click();
  await expect(assets.getByText(REFUSED)).toBeVisible();
  await expect(videoLink).toHaveAttribute('aria-invalid', 'true');

  // … and by the server, for a post without JavaScript: nothing is added.
  const editUrl = page.url();
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(editUrl);
  const plainAssets = plain.getByRole('region', { name: 'Images and files' });
  await plainAssets.getByLabel('Or a video link').fill('https://vimeo.com/channels/staffpicks');
  await plainAssets.getByRole('button', { name: 'Add to workflow' }).click();
  await expect(plain.getByRole('region', { name: 'Images and files' }).getByText(REFUSED)).toBeVisible();
  await noScript.close();

  await videoLink.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10s');
  await assets.getByLabel('Title').fill('Setup walkthrough');
  await assets.getByRole('button', { name: 'Add to workflow' }).click();
  await expect(assets.getByText('Video added.')).toBeVisible();
  const slugPath = (await page.getByRole('link', { name: 'View in the shop' }).getAttribute('href'))!;

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  for (const [who, reader] of [
    ['signed-in admin', page],
    ['visitor (cached variant)', visitor],
  ] as const) {
    const response = await reader.goto(slugPath);
    expect(response?.status(), who).toBe(200);
    const frameSrc = /frame-src ([^;]*)/.exec(response!.headers()['content-security-policy'] ?? '')?.[1];
    expect(frameSrc, who).toBe('https://www.youtube-nocookie.com https://player.vimeo.com');
    const gallery = reader.getByRole('region', { name: 'Gallery' });
    const player = gallery.locator('iframe');
    await expect(player, who).toHaveCount(1);
    await expect(player, who).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    await expect(player, who).toHaveAttribute('loading', 'lazy');
    await expect(player, who).toHaveAttribute('title', 'Setup walkthrough (YouTube video)');
    await expect(gallery.locator('video'), who).toHaveCount(0);
  }
  await visitorContext.close();

  await page.goto(editUrl);
  await deleteWorkflow(page, title);
});
