import { Injectable, Logger, Module } from '@nestjs/common';
import { Hooks } from '@cds/api/common';

/** Learners of a class whose progress changed; neither list: every learner of the class. */
export interface LearnerChange {
  classId: number;
  personIds?: number[];
  enrolmentIds?: number[];
}

/** What the domains built on delivery do when learners progress (certification re-evaluates completion). */
export interface DeliveryListener {
  learnersChanged?(change: LearnerChange): Promise<void>;
}

/**
 * Delivery's hooks. Unlike the org hooks these run AFTER the change has committed: the learner's
 * lesson or the trainer's roll call is kept whatever a listener does, and a listener's failure is
 * logged, not shown to them.
 */
@Injectable()
export class DeliveryHooks extends Hooks<DeliveryListener> {
  private readonly logger = new Logger('DeliveryHooks');

  async learnersChanged(change: LearnerChange): Promise<void> {
    try {
      await this.run('learnersChanged', change);
    } catch (e) {
      this.logger.error(`a listener failed on class ${change.classId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

@Module({ providers: [DeliveryHooks], exports: [DeliveryHooks] })
export class DeliveryHooksModule {}
