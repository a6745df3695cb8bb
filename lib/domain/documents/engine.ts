// Why: the reader depends on one small OCR contract, so the engine behind it can be swapped or faked in tests.

export type Box = { x: number; y: number; width: number; height: number };

/** Clockwise rotation, in degrees, that turns a stored image upright. */
export type Quarter = 0 | 90 | 180 | 270;

export type OcrLine = {
  text: string;
  /** Mean per-character confidence, 0–1. */
  confidence: number;
  /** Axis-aligned bounds in the pixels of the image as passed in (EXIF orientation applied). */
  box: Box;
  /** Per-character confidence, index-aligned with the characters of `text`, when the engine has it. */
  chars?: number[];
  /** Direction of the baseline in the input image, degrees clockwise from +x (≈0 upright, ≈180 upside down). */
  angle?: number;
};

export type RecognizeOptions = {
  /**
   * Rotation to read the image at. "auto" lets the engine guess it from its text boxes (box shape and a
   * direction classifier) before recognising anything; the guess shows in each line's `angle`.
   */
  orientation?: Quarter | "auto";
};

export interface OcrEngine {
  recognize(image: Buffer, options?: RecognizeOptions): Promise<OcrLine[]>;
}
