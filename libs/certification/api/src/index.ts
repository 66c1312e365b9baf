export { CertificationModule, CERTIFICATION_ENTITIES } from './lib/certification.module';
export { Certificate, type CertificateStatus } from './lib/certificate.entity';
