import { Injectable, Logger, Module } from '@nestjs/common';
import { Hooks } from '@cds/api/common';

/** Learners of a class whose quiz results changed (an attempt graded or regraded). */
export interface QuizResultChange {
  classId: number;
  personIds: number[];
}

/** What the domains built on assessment do when quiz results change (certification re-evaluates completion). */
export interface AssessmentListener {
  resultsChanged?(change: QuizResultChange): Promise<void>;
}

/**
 * Assessment's hooks. They run AFTER the change has committed: the submitted attempt or the
 * trainer's grade is kept whatever a listener does, and a listener's failure is
 * logged, not shown to them.
 */
@Injectable()
export class AssessmentHooks extends Hooks<AssessmentListener> {
  private readonly logger = new Logger('AssessmentHooks');

  async resultsChanged(change: QuizResultChange): Promise<void> {
    try {
      await this.run('resultsChanged', change);
    } catch (e) {
      this.logger.error(`a listener failed on class ${change.classId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

@Module({ providers: [AssessmentHooks], exports: [AssessmentHooks] })
export class AssessmentHooksModule {}
