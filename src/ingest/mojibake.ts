import { MOJIBAKE_MIN_MARKS, MOJIBAKE_PATTERN, MOJIBAKE_SHARE, MOJIBAKE_SHARE_MANY } from './decode.data.ts';

/** How many mojibake marks ("Ã©", "â€™", "РїС", U+FFFD, C1 controls) a text shows. */
export function mojibakeMarks(text: string): number {
  return text.match(MOJIBAKE_PATTERN)?.length ?? 0;
}

/** True when the text looks mis-decoded (see the thresholds in decode.data.ts). */
export function isMojibake(text: string): boolean {
  const marks = mojibakeMarks(text);
  if (marks === 0) return false;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
  const share = marks / Math.max(1, nonAscii);
  return share >= MOJIBAKE_SHARE || (marks >= MOJIBAKE_MIN_MARKS && share >= MOJIBAKE_SHARE_MANY);
}
