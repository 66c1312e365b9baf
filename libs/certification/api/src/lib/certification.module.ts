import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@cds/api/common';
import { AssessmentHooksModule } from '@cds/assessment/api';
import { DeliveryHooksModule } from '@cds/delivery/api';
import './messages';
import { Certificate, CertificationDecision } from './certificate.entity';
import { CertificatesController, CompletionController } from './certificates/certificates.controller';
import { CertificatesService } from './certificates/certificates.service';
import { SigningService } from './certificates/signing.service';
import { IssuerController, VerifyController } from './certificates/verify.controller';
import { VerifyService } from './certificates/verify.service';
import { Completion, CompletionRule, ExternalTraining } from './certification.entities';
import { CompletionService } from './completion/completion.service';
import { ExternalTrainingModule } from './external/external-training.module';

export const CERTIFICATION_ENTITIES = [Certificate, CertificationDecision, CompletionRule, Completion, ExternalTraining];

/**
 * Completion, certification decisions, signed certificates and their verification, and training
 * done elsewhere. Coverage (core-team) reads the `certificate` table.
 */
@Module({
  imports: [
    DeliveryHooksModule,
    AssessmentHooksModule,
    ExternalTrainingModule,
    // Only the verification routes use it (a guard on their controller), per client address.
    ThrottlerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.certification.verifyPerMinute }] }),
  ],
  controllers: [CompletionController, CertificatesController, VerifyController, IssuerController],
  providers: [SigningService, CompletionService, CertificatesService, VerifyService],
  exports: [SigningService, CompletionService],
})
export class CertificationModule {}
