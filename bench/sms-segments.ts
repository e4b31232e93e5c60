// How many SMS segments a message takes: GSM-7 text fits 160 characters in one segment and 153 per segment
// when split; anything outside GSM-7 (Arabic) is sent as UCS-2, 70 in one segment and 67 per segment when
// split. SNS bills SMS per segment.
const GSM7 =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

export function smsSegments(text: string): number {
  const chars = [...text];
  const gsm = chars.every((c) => GSM7.includes(c) || GSM7_EXTENDED.includes(c));
  if (gsm) {
    // Extended characters take two septets.
    const septets = chars.reduce((n, c) => n + (GSM7_EXTENDED.includes(c) ? 2 : 1), 0);
    return septets <= 160 ? 1 : Math.ceil(septets / 153);
  }
  // UCS-2 counts UTF-16 code units.
  const units = text.length;
  return units <= 70 ? 1 : Math.ceil(units / 67);
}
