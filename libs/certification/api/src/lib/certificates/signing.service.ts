import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@cds/api/common';
import { buildDidDocument, CredentialKeyStore, issuerDidFor, type DidDocument } from '../credentials';
import { createPdfSigner, type PdfSigner } from '../pdf';

/**
 * The platform's signing identities, kept under DATA_DIR/keys (never in the database): the Ed25519
 * keys that sign credentials (made at first start; rotated keys keep verifying) and the PDF
 * signer (a configured CA-issued .p12, or a demo identity made at first start).
 */
@Injectable()
export class SigningService implements OnModuleInit {
  readonly keys: CredentialKeyStore;
  /** Where people reach the platform: verification links and the did:web issuer derive from it. */
  readonly baseUrl: string;
  readonly did: string;
  private pdfSigner: PdfSigner | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.keys = new CredentialKeyStore(join(config.dataDir, 'keys', 'credentials'));
    this.baseUrl = (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
    this.did = issuerDidFor(this.baseUrl);
  }

  async onModuleInit(): Promise<void> {
    await this.keys.current();
    this.pdf();
  }

  get department(): string {
    return this.config.certification.department;
  }

  get place(): string {
    return this.config.certification.place;
  }

  verifyUrl(code: string): string {
    return `${this.baseUrl}/verify/${code}`;
  }

  pdf(): PdfSigner {
    this.pdfSigner ??= createPdfSigner({
      folder: join(this.config.dataDir, 'keys', 'pdf'),
      departmentName: this.config.certification.department,
      ...(this.config.certification.pdfP12 ? { p12Path: this.config.certification.pdfP12, passphrase: this.config.certification.pdfP12Passphrase } : {}),
    });
    return this.pdfSigner;
  }

  async didDocument(): Promise<DidDocument> {
    return buildDidDocument(this.did, await this.keys.publicKeys());
  }
}
