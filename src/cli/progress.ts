import type { Progress } from '../pipeline/run.ts';

/**
 * A one-line progress bar on a terminal: count, rate and time left. Redrawn at most every
 * 100 ms; `finish` clears it so the summary line stands alone.
 */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, label: string) {
  let last = 0;
  let drawn = false;
  return {
    update(p: Progress): void {
      if (!stream.isTTY) return;
      const t = Date.now();
      if (t - last < 100 && p.done !== p.total) return;
      last = t;
      stream.write(`\r\x1b[K${formatProgress(label, p, stream.columns ?? 80)}`);
      drawn = true;
    },
    finish(): void {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

export function formatProgress(label: string, p: Progress, columns = 80): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.done / seconds : 0;
  const count = p.total === null ? `${p.done}` : `${p.done}/${p.total}`;
  const eta = p.total !== null && rate > 0 ? ` ${formatDuration((p.total - p.done) / rate)} left` : '';
  const text = ` ${count}  ${rate.toFixed(1)}/s${eta}`;
  const barWidth = Math.max(0, Math.min(30, columns - label.length - text.length - 4));
  if (p.total === null || p.total === 0 || barWidth < 5) return `${label}${text}`;
  const filled = Math.round((barWidth * p.done) / p.total);
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${text}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
