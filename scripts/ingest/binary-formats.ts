/**
 * Recognises the binary files people mistake for readable sources, so the error says what the
 * file is and what to do with it instead of reporting undecodable bytes.
 */

const SIGNATURES: { bytes: number[]; message: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'a ZIP package (a Word .docx?), not plain text; name a Word file .docx' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    message: 'a Word 97–2003 .doc (or a password-protected Office file), which is not read; open it in Word or WPS and save it as .docx',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], message: 'a PDF, which is not read; save the plan from Word or WPS as .docx, or as UTF-8 .txt' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], message: 'an RTF document, which is not read; save it as .docx' },
];

/** What a binary file is, when its first bytes say so; null for anything else. */
export function binaryKind(bytes: Uint8Array): string | null {
  return SIGNATURES.find(({ bytes: signature }) => signature.every((b, i) => bytes[i] === b))?.message ?? null;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}
