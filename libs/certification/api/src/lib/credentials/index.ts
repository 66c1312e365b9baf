export {
  CredentialKeyStore,
  isKeyId,
  type PublicKeyEntry,
  type PublicKeySource,
  type SigningKey,
  type SigningKeySource,
} from './key-store';
export {
  DID_CONTEXT,
  JWS_2020_CONTEXT,
  buildDidDocument,
  didDocumentPath,
  issuerDidFor,
  verificationMethodId,
  type DidDocument,
  type VerificationMethod,
} from './issuer';
export {
  OB_CONTEXT_V3,
  VC_CONTEXT_V2,
  buildCredential,
  nameBasedUuid,
  type AchievementCredential,
  type CertificateFacts,
} from './credential';
export {
  JWT_CLAIM_NAMES,
  credentialDownload,
  credentialJwtClaims,
  signCredential,
  signCredentialJwt,
  type CredentialDownload,
  type CredentialJwtClaims,
  type SignedCredential,
} from './sign';
export {
  MAX_VERIFY_INPUT_LENGTH,
  VERIFY_FAILURE_MESSAGES,
  canonicalJson,
  verifyCredential,
  type VerifyFailureReason,
  type VerifyResult,
} from './verify';
