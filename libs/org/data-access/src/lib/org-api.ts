import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateOrgUnitRequest, EndOrgUnitRequest, IsoDate, MergeOrgUnitsRequest, MergeOrgUnitsResponse, MoveOrgUnitRequest, OrgTreeResponse, OrgUnitDetail, OrgUnitDto, RenameOrgUnitRequest } from '@cds/contracts';
import { injectApiOptions, queryParams } from '@cds/web/core';
import { Observable } from 'rxjs';

/** `/api/org`: the unit tree as of a date, a unit's history, and the reorganisations (admin). */
@Injectable({ providedIn: 'root' })
export class OrgApi {
  private readonly http = inject(HttpClient);
  private readonly options = injectApiOptions();

  tree(asOf?: IsoDate, rootId?: number): Observable<OrgTreeResponse> {
    return this.http.get<OrgTreeResponse>('/api/org/tree', { ...this.options(), params: queryParams({ asOf, rootId }) });
  }

  /** A unit's details and history; its people and posts counted as of `asOf` (today when absent). */
  unit(id: number, asOf?: IsoDate): Observable<OrgUnitDetail> {
    return this.http.get<OrgUnitDetail>(`/api/org/units/${id}`, { ...this.options(), params: queryParams({ asOf }) });
  }

  /** Writes show their refusals in the dialog or step that made them, so they are silent here. */
  create(request: CreateOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.post<OrgUnitDto>('/api/org/units', request, this.options({ silent: true }));
  }

  rename(id: number, request: RenameOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.post<OrgUnitDto>(`/api/org/units/${id}/rename`, request, this.options({ silent: true }));
  }

  move(id: number, request: MoveOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.post<OrgUnitDto>(`/api/org/units/${id}/move`, request, this.options({ silent: true }));
  }

  end(id: number, request: EndOrgUnitRequest): Observable<OrgUnitDto> {
    return this.http.post<OrgUnitDto>(`/api/org/units/${id}/end`, request, this.options({ silent: true }));
  }

  merge(request: MergeOrgUnitsRequest): Observable<MergeOrgUnitsResponse> {
    return this.http.post<MergeOrgUnitsResponse>('/api/org/merge', request, this.options({ silent: true }));
  }
}
