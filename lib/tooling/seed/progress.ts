/** Progress lines for long seeds: every 50 000 educators, the count, the rate and the time left. */
export class Progress {
  private readonly started = performance.now();
  private nextReport: number;

  constructor(
    private readonly total: number,
    private readonly log: (line: string) => void,
    private readonly every = 50_000,
  ) {
    this.nextReport = every;
  }

  advance(done: number): void {
    if (done < this.nextReport || done >= this.total) return;
    while (this.nextReport <= done) this.nextReport += this.every;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = (this.total - done) / rate;
    this.log(
      `  ${format(done)} / ${format(this.total)} educators  ${format(Math.round(rate))}/s  ` +
        `elapsed ${duration(seconds)}  ETA ${duration(eta)}`,
    );
  }

  finish(): void {
    if (this.total === 0) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.log(`  ${format(this.total)} / ${format(this.total)} missing educators written in ${duration(seconds)}`);
  }
}

function format(value: number): string {
  return value.toLocaleString("en-US");
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
