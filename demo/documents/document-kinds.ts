import type { ResolvedDocumentData } from "@/demo/documents/document-data";
import { businessLicence } from "@/demo/documents/templates/business-licence";
import { domainCertificate, passportDataPage } from "@/demo/documents/templates/certificates";
import { idCardBack, idCardFront, residencePermit } from "@/demo/documents/templates/id-card";
import {
  jsCommitmentLetter,
  jsResponsibilityNotice,
  otherDocument,
  principalAuthorization,
  sitePrincipalAuthorization,
  verificationForm,
} from "@/demo/documents/templates/letters";
import { handheldCertificate, verificationPhoto } from "@/demo/documents/templates/photo";

/** The image material kinds of filing-format.md (js_commitment_video is a video, see demo/assets). */
export const DOCUMENT_KINDS = [
  "subject_certificate",
  "principal_id_front",
  "principal_id_back",
  "site_principal_id_front",
  "site_principal_id_back",
  "legal_rep_passport",
  "principal_authorization",
  "site_principal_authorization",
  "verification_photo",
  "handheld_certificate",
  "residence_permit",
  "verification_form",
  "js_responsibility_notice",
  "js_commitment_letter",
  "domain_certificate",
  "other",
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

type KindSpec = {
  template: (d: ResolvedDocumentData) => string;
  /** Camera shots get sensor noise; scans stay clean. */
  photo: boolean;
};

export const KIND_SPECS: Record<DocumentKind, KindSpec> = {
  subject_certificate: { template: businessLicence, photo: false },
  principal_id_front: { template: idCardFront, photo: false },
  principal_id_back: { template: idCardBack, photo: false },
  site_principal_id_front: { template: idCardFront, photo: false },
  site_principal_id_back: { template: idCardBack, photo: false },
  legal_rep_passport: { template: passportDataPage, photo: false },
  principal_authorization: { template: principalAuthorization, photo: false },
  site_principal_authorization: { template: sitePrincipalAuthorization, photo: false },
  verification_photo: { template: verificationPhoto, photo: true },
  handheld_certificate: { template: handheldCertificate, photo: true },
  residence_permit: { template: residencePermit, photo: false },
  verification_form: { template: verificationForm, photo: false },
  js_responsibility_notice: { template: jsResponsibilityNotice, photo: false },
  js_commitment_letter: { template: jsCommitmentLetter, photo: false },
  domain_certificate: { template: domainCertificate, photo: false },
  other: { template: otherDocument, photo: false },
};
