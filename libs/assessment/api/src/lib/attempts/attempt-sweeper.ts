import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AttemptService } from './attempt.service';

/** How often the sweeper looks for attempts past their deadline. */
export const SWEEP_EVERY_MS = 15_000;

/**
 * Submits attempts whose time ran out while nobody was looking (the learner closed the page or
 * lost the link). Each request that meets an overdue attempt submits it too, so the sweeper only
 * bounds how long an abandoned attempt waits; several API processes may sweep at once, since the
 * submit is a conditional update that only one of them wins.
 */
@Injectable()
export class AttemptSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('AttemptSweeper');
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly attempts: AttemptService) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => this.tick(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private tick() {
    this.running = this.running
      .then(() => this.attempts.sweep())
      .then((n) => n && this.log.log(`submitted ${n} attempt(s) past their deadline`))
      .catch((e: unknown) => this.log.error(`sweep failed: ${e instanceof Error ? e.message : String(e)}`));
  }
}
