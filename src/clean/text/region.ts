import { endsWithPeriod } from './features.ts';

/**
 * The main region of a scraped page: the contiguous run of lines with the most prose, found with a
 * maximum-sum segment (Kadane) over per-line scores. Prose lines earn their word count; other lines
 * cost a penalty that grows with the length of the run of non-prose lines, so a long menu or footer
 * splits the page while a caption or subheading inside the article does not.
 */
export interface LineInfo {
  readonly words: number;
  readonly prose: boolean;
  /** Already known to be boilerplate (a cue or caption matched). */
  readonly junk: boolean;
  /** A cue that ends articles ("Latest News from …", "Leave a Reply"): a strong boundary. */
  readonly ends: boolean;
  readonly text: string;
}

/** Penalties, calibrated on the seeds (whose articles must stay one region) and the rendered visible pages. */
const JUNK_COST = 2;
const SHORT_COST = 3;
const RUN_GROWTH = 0.5;
/** An end-of-article cue costs as much as a long paragraph, so a region rarely spans one. */
const ENDS_COST = 40;

export function mainRegion(lines: readonly LineInfo[]): { start: number; end: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let score: number;
    if (l.ends) {
      score = -ENDS_COST;
      run++;
    } else if (l.prose) {
      score = l.words;
      run = 0;
    } else if (!l.junk && l.words >= 6 && endsWithPeriod(l.text)) {
      score = l.words / 2;
      run = 0;
    } else {
      score = -((l.junk ? JUNK_COST : SHORT_COST) + RUN_GROWTH * run);
      run++;
    }
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, end: bestEnd };
}
