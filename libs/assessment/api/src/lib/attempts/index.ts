export { AttemptService, DEADLINE_GRACE_MS } from './attempt.service';
export { AttemptSweeper, SWEEP_EVERY_MS } from './attempt-sweeper';
