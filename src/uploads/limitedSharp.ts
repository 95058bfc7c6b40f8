import type { SharpDependency } from 'payload'

import { loadSharp } from './loadSharp'
import { uploadLimits } from './uploadLimits'

/**
 * sharp as Payload gets it (`buildConfig({ sharp })`), with the decoded-pixel limit lowered from
 * sharp's default (about 268 megapixels) to ours for every image Payload opens, resizes or crops.
 * A caller may ask for a lower limit, never a higher one.
 */
export const limitedSharp: SharpDependency = (input, options) => {
  const requested = options?.limitInputPixels
  const limitInputPixels =
    typeof requested === 'number' && requested > 0
      ? Math.min(requested, uploadLimits.maxInputPixels)
      : uploadLimits.maxInputPixels
  return loadSharp()(input, { ...options, limitInputPixels })
}
