/**
 * Document scans accepted with an application: photos and PDFs up to 10 MB. The declared media
 * type must agree with the file's first bytes, so that nothing else travels under a scan's name.
 */
export const attachmentKinds = ['identity-document', 'birth-certificate', 'residence-proof', 'photo', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

export const maxAttachmentBytes = 10 * 1024 * 1024;

const signatures: Record<AttachmentMediaType, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};

export type AttachmentRule = 'attachment.media-type' | 'attachment.size' | 'required';

export function checkAttachment(mediaType: string, content: Buffer): AttachmentRule | undefined {
  if (content.length === 0) return 'required';
  if (content.length > maxAttachmentBytes) return 'attachment.size';
  const matches = signatures[mediaType as AttachmentMediaType];
  if (!matches || !matches(content)) return 'attachment.media-type';
  return undefined;
}
