import { Module } from '@nestjs/common';
import { Certificate, CertificationDecision } from './certificate.entity';
import { Completion, CompletionRule, ExternalTraining } from './certification.entities';
import { ExternalTrainingModule } from './external/external-training.module';

export const CERTIFICATION_ENTITIES = [Certificate, CertificationDecision, CompletionRule, Completion, ExternalTraining];

/**
 * Completion, certification decisions, signed certificates and their verification, and training
 * done elsewhere. Coverage (core-team) reads the `certificate` table.
 */
@Module({ imports: [ExternalTrainingModule] })
export class CertificationModule {}
