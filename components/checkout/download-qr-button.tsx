'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Saves the QR drawn on the page as a PNG (some banking apps scan a picture from the gallery). */
export function DownloadQrButton({ svgId, fileName }: { svgId: string; fileName: string }) {
  const t = useTranslations('checkout');
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setError(null);
    const svg = document.getElementById(svgId);
    if (!(svg instanceof SVGSVGElement)) return setError(t('qrMissing'));
    const size = 768;
    const source = new XMLSerializer().serializeToString(svg);
    const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.width = size;
      image.height = size;
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('load'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('canvas');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size, size);
      context.imageSmoothingEnabled = false;
      context.drawImage(image, 0, 0, size, size);
      const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!png) throw new Error('png');
      const link = document.createElement('a');
      link.href = URL.createObjectURL(png);
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch {
      setError(t('qrSaveFailed'));
    } finally {
      URL.revokeObjectURL(url);
    }
  };

  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={download} className="w-full">
        {t('downloadQr')}
      </Button>
      {error ? (
        <p className="text-xs text-danger" aria-live="polite">
          {error}
        </p>
      ) : null}
    </div>
  );
}
