import { inject, Injectable } from '@angular/core';
import { CertificatesApi } from '@cds/certification/data-access';
import { CertificateDto } from '@cds/contracts';
import { DownloadedFile, fileNameFrom, saveBlob } from '@cds/web/core';
import { map, Observable } from 'rxjs';

export type CertificateFileKind = 'pdf' | 'credential';

/** A certificate's signed PDF or credential file, saved under the name the API gives (or one made from its code). */
@Injectable({ providedIn: 'root' })
export class CertificateFiles {
  private readonly api = inject(CertificatesApi);

  download(certificate: Pick<CertificateDto, 'id' | 'publicCode'>, kind: CertificateFileKind): Observable<void> {
    const file: Observable<DownloadedFile> = kind === 'pdf' ? this.api.pdf(certificate.id) : this.api.credential(certificate.id);
    const fallback = kind === 'pdf' ? `chung-chi-${certificate.publicCode}.pdf` : `chung-chi-${certificate.publicCode}.json`;
    return file.pipe(map((f) => saveBlob(f.blob, fileNameFrom(f.disposition, fallback))));
  }
}
