/** QR codes for permalinks, drawn at build time as SVG (no script runs in the browser). */
import QRCode from 'qrcode';

/** An SVG QR code of the text, with a quiet zone; the caller gives it an accessible name. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
