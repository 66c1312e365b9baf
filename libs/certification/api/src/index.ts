export { CertificationModule, CERTIFICATION_ENTITIES } from './lib/certification.module';
export { Certificate, CertificationDecision, type CertificateStatus, type CertificateSource, type PrintedFacts } from './lib/certificate.entity';
export { CompletionRule, Completion, ExternalTraining } from './lib/certification.entities';
export { CompletionService, defaultRules, evaluateCompletion, gapsOf, registerNumber, rulesFor } from './lib/completion/completion.service';
export { CertificatesService, stateOf, addMonths, nextSeq, writeCertificate } from './lib/certificates/certificates.service';
export { SigningService } from './lib/certificates/signing.service';
export { newPublicCode, normaliseCode } from './lib/certificates/codes';
export * from './lib/credentials';
export * from './lib/pdf';
