/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise a
 * plain line every 10 seconds (CI logs stay readable). Never on stdout.
 */
export class Progress {
  private started = Date.now();
  private lastDraw = 0;
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream | undefined,
    enabled: boolean,
  ) {
    this.enabled = enabled && stream !== undefined;
  }

  private readonly enabled: boolean;

  update(done: number): void {
    this.done = done;
    if (!this.enabled || !this.stream) return;
    const now = Date.now();
    const tty = this.stream.isTTY === true;
    if (now - this.lastDraw < (tty ? 100 : 10_000)) return;
    if (!tty && this.lastDraw === 0) {
      this.lastDraw = now;
      return;
    }
    this.lastDraw = now;
    this.draw(tty);
  }

  private draw(tty: boolean): void {
    if (!this.stream) return;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const share = this.total > 0 ? this.done / this.total : 1;
    const left = rate > 0 ? (this.total - this.done) / rate : Number.NaN;
    // Rate and time left only once they mean something (worker threads take a moment to start).
    const settled = elapsed >= 3 && this.done > 0;
    const figures = `${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} games${settled ? ` · ${rate.toFixed(0)} games/s` : ''}${settled && Number.isFinite(left) ? ` · ${formatSeconds(left)} left` : ''}`;
    if (tty) {
      const width = 28;
      const filled = Math.round(share * width);
      this.stream.write(
        `\r${this.label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${figures}\x1b[K`,
      );
    } else {
      this.stream.write(`${this.label}: ${(share * 100).toFixed(0)}% · ${figures}\n`);
    }
  }

  finish(): number {
    const seconds = (Date.now() - this.started) / 1000;
    if (this.enabled && this.stream?.isTTY === true && this.lastDraw > 0) this.stream.write('\r\x1b[K');
    return seconds;
  }
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s - m * 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
