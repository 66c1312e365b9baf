import { Module } from '@nestjs/common';
import { OrgModule } from '@cds/org/api';
import './external-training.messages';
import { ExternalTrainingController } from './external-training.controller';
import { ExternalTrainingImportService } from './external-training-import.service';
import { ExternalTrainingService } from './external-training.service';

/**
 * Training done elsewhere (issue 9): records with their evidence, whether each counts as a
 * platform course (a `certificate` row with source 'external', which coverage reads), and the
 * Excel import. Uses the global audit and file storage, and the org scope service.
 */
@Module({
  imports: [OrgModule],
  controllers: [ExternalTrainingController],
  providers: [ExternalTrainingService, ExternalTrainingImportService],
  exports: [ExternalTrainingService],
})
export class ExternalTrainingModule {}
