import { useTranslations } from 'next-intl';
import { QRCodeSVG } from 'qrcode.react';

export const PAYMENT_QR_ID = 'payment-qr';

/**
 * The VietQR payload as a QR code, drawn on the server (the SVG is in the HTML). The payload is built on
 * the server from the purchase row; this component only draws the string.
 */
export function PaymentQr({ payload }: { payload: string }) {
  const t = useTranslations('checkout');
  return (
    <QRCodeSVG
      id={PAYMENT_QR_ID}
      value={payload}
      size={264}
      level="M"
      marginSize={4}
      bgColor="#ffffff"
      fgColor="#000000"
      role="img"
      aria-label={t('qrLabel')}
      title={t('qrLabel')}
      className="h-auto w-full max-w-[264px] rounded-lg border border-line"
    />
  );
}
