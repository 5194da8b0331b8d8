/** File signatures ("magic bytes") of binary formats that crawlers sometimes store as a page body. */

export interface Magic {
  /** What the data is, for the error message. */
  kind: string;
  /** Byte offset of the signature. */
  offset: number;
  /** The signature. */
  bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const MAGIC: readonly Magic[] = [
  { kind: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', offset: 0, bytes: ascii('GIF87a') },
  { kind: 'GIF image', offset: 0, bytes: ascii('GIF89a') },
  { kind: 'WebP/RIFF media', offset: 0, bytes: ascii('RIFF') },
  { kind: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'icon', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { kind: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { kind: 'PostScript document', offset: 0, bytes: ascii('%!PS') },
  { kind: 'ZIP archive (or docx/xlsx/epub/jar)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'gzip-compressed data (decompress it first)', offset: 0, bytes: [0x1f, 0x8b] },
  { kind: 'bzip2-compressed data', offset: 4, bytes: ascii('1AY&SY') },
  { kind: 'xz-compressed data', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd-compressed data', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'zlib-compressed data', offset: 0, bytes: [0x78, 0x9c] },
  { kind: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR archive', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { kind: 'MS Office (OLE) document', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'MP4/QuickTime media', offset: 4, bytes: ascii('ftyp') },
  { kind: 'Matroska/WebM media', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { kind: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { kind: 'MP3 audio', offset: 0, bytes: [...ascii('ID3'), 0x03, 0x00] },
  { kind: 'MP3 audio', offset: 0, bytes: [...ascii('ID3'), 0x04, 0x00] },
  { kind: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { kind: 'WOFF font', offset: 0, bytes: ascii('wOFF') },
  { kind: 'WOFF2 font', offset: 0, bytes: ascii('wOF2') },
  { kind: 'OpenType font', offset: 0, bytes: [...ascii('OTTO'), 0x00] },
  { kind: 'TrueType font', offset: 0, bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { kind: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'Java class file', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { kind: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3\x00') },
];
