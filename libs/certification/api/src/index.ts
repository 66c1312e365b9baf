export { CertificationModule, CERTIFICATION_ENTITIES } from './lib/certification.module';
export { Certificate, CertificationDecision, type CertificateStatus, type CertificateSource, type PrintedFacts } from './lib/certificate.entity';
export { CompletionRule, Completion, ExternalTraining } from './lib/certification.entities';
