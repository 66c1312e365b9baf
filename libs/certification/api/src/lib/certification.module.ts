import { Module } from '@nestjs/common';
import { Certificate } from './certificate.entity';

export const CERTIFICATION_ENTITIES = [Certificate];

/**
 * Certificates. Today only the table that core-team coverage reads ("does the holder have a valid
 * certificate of a qualifying course on that date"); decisions, signing and verification come next.
 */
@Module({})
export class CertificationModule {}
