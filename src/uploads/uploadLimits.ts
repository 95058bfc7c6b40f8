/**
 * Limits on images editors upload. 10 MB holds any photograph a treatment page needs; 40
 * megapixels (e.g. 8000 × 5000) bounds the memory sharp needs to decode one (about 160 MB at
 * 4 bytes a pixel), so a small file that unpacks to billions of pixels cannot exhaust the process.
 */
export const uploadLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxInputPixels: 40_000_000,
  /** Room for the multipart envelope and the document's other fields around the file. */
  multipartOverheadBytes: 256 * 1024,
}
