import { describe, expect, it } from 'vitest';
import { videoSource } from '@/lib/assets/video';
import { assetUploadSchema } from '@/lib/validations/admin/assets';
import { inEnglish } from '@/lib/validations/messages';

describe('video links of the gallery', () => {
  it('turns YouTube links of every shape into the youtube-nocookie embed', () => {
    const embed = { kind: 'embed', provider: 'YouTube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' };
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'https://youtube.com/watch?v=dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(videoSource(link), link).toEqual(embed);
    }
  });

  it('turns Vimeo links into the player with do-not-track', () => {
    const embed = { kind: 'embed', provider: 'Vimeo', src: 'https://player.vimeo.com/video/76979871?dnt=1' };
    expect(videoSource('https://vimeo.com/76979871')).toEqual(embed);
    expect(videoSource('https://vimeo.com/channels/staffpicks/76979871')).toEqual(embed);
    expect(videoSource('https://player.vimeo.com/video/76979871?h=abc')).toEqual(embed);
  });

  it('plays a direct https link to a video file in the browser', () => {
    expect(videoSource('https://cdn.example.com/demo.mp4')).toEqual({
      kind: 'file',
      src: 'https://cdn.example.com/demo.mp4',
    });
  });

  it('refuses other sites, malformed ids, lookalike hosts and http', () => {
    for (const link of [
      'https://www.dailymotion.com/video/x8abcd',
      'https://www.tiktok.com/@shop/video/123',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/channel/UC123',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://notvimeo.com/76979871',
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://example.com/page.html',
      'not a link',
    ]) {
      expect(videoSource(link), link).toBeNull();
    }
  });

  it('the upload schema refuses an unsupported video link with a message under the field', () => {
    const result = assetUploadSchema.safeParse({
      workflowId: '00000000-0000-4000-8000-000000000000',
      videoUrl: 'https://www.dailymotion.com/video/x8abcd',
    });
    expect(result.success).toBe(false);
    expect(inEnglish(result.error?.flatten().fieldErrors.videoUrl?.[0] ?? '')).toMatch(/YouTube or Vimeo/);
  });
});
