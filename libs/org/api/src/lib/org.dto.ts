import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateOrgUnitRequest,
  EndOrgUnitRequest,
  MergeOrgUnitsRequest,
  MergeOrgUnitsResponse,
  MoveOrgUnitRequest,
  ORG_UNIT_KINDS,
  OrgTreeResponse,
  OrgUnitDetail,
  OrgUnitDto as OrgUnitContract,
  OrgUnitKind,
  OrgUnitVersionDto,
  RenameOrgUnitRequest,
  SuccessorLinkDto,
} from '@cds/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsPlainText } from '@cds/api/common';
import { OrgUnit } from './org-unit.entity';

export class OrgUnitDto implements OrgUnitContract {
  @ApiProperty() id!: number;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: OrgUnitKind;
  @ApiProperty({ type: Number, nullable: true }) parentId!: number | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
}

export class OrgTreeDto implements OrgTreeResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [OrgUnitDto] }) units!: OrgUnitDto[];
}

export class OrgUnitVersionResponse implements OrgUnitVersionDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: OrgUnitKind;
  @ApiProperty({ type: Number, nullable: true }) parentId!: number | null;
  @ApiProperty({ type: String, nullable: true }) parentName!: string | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
}

export class SuccessorLinkResponse implements SuccessorLinkDto {
  @ApiProperty() unitId!: number;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty({ enum: ['merge', 'split', 'other'] }) reason!: 'merge' | 'split' | 'other';
}

export class OrgUnitDetailDto extends OrgUnitDto implements OrgUnitDetail {
  @ApiProperty({ type: [OrgUnitVersionResponse] }) history!: OrgUnitVersionResponse[];
  @ApiProperty({ type: [SuccessorLinkResponse] }) predecessors!: SuccessorLinkResponse[];
  @ApiProperty({ type: [SuccessorLinkResponse] }) successors!: SuccessorLinkResponse[];
  @ApiProperty() peopleCount!: number;
  @ApiProperty() seatCount!: number;
}

export class AsOfQuery {
  @IsOptional()
  @IsIsoDate('Defaults to today (Vietnam time)')
  asOf?: string;
}

export class TreeQuery extends AsOfQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  rootId?: number;
}

class UnitFields {
  @ApiProperty({ example: 'Xã Giao Minh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  name!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS)
  kind!: OrgUnitKind;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'National administrative code' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @IsPlainText()
  code?: string | null;
}

export class CreateOrgUnitDto extends UnitFields implements CreateOrgUnitRequest {
  @ApiProperty({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  parentId!: number | null;

  @IsIsoDate()
  validFrom!: string;
}

export class RenameOrgUnitDto implements RenameOrgUnitRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @IsPlainText()
  code?: string | null;

  @IsIsoDate()
  effectiveDate!: string;
}

export class MoveOrgUnitDto implements MoveOrgUnitRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  parentId!: number;

  @IsIsoDate()
  effectiveDate!: string;
}

export class EndOrgUnitDto implements EndOrgUnitRequest {
  @IsIsoDate()
  effectiveDate!: string;
}

export class NewUnitDto extends UnitFields {
  @ApiProperty()
  @IsInt()
  @Min(1)
  parentId!: number;
}

export class MergeOrgUnitsDto implements MergeOrgUnitsRequest {
  @ApiProperty({ type: [Number], minItems: 1 })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  sourceIds!: number[];

  @IsIsoDate()
  effectiveDate!: string;

  @ApiPropertyOptional({ description: 'Merge into this existing unit…' })
  @IsOptional()
  @IsInt()
  @Min(1)
  targetId?: number;

  @ApiPropertyOptional({ type: NewUnitDto, description: '…or into a unit created by the merge' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewUnitDto)
  newUnit?: NewUnitDto;
}

export class MergeResultDto implements MergeOrgUnitsResponse {
  @ApiProperty({ type: OrgUnitDto }) target!: OrgUnitDto;
  @ApiProperty({ type: [Number] }) endedUnitIds!: number[];
  @ApiProperty() movedChildren!: number;
  @ApiProperty() movedPeople!: number;
  @ApiProperty() carriedSeats!: number;
  @ApiProperty() carriedAssignments!: number;
}

export function toOrgUnitDto(u: Pick<OrgUnit, 'id' | 'code' | 'name' | 'kind' | 'parentId' | 'validFrom' | 'validTo'>): OrgUnitDto {
  return { id: Number(u.id), code: u.code, name: u.name, kind: u.kind, parentId: u.parentId == null ? null : Number(u.parentId), validFrom: u.validFrom, validTo: u.validTo };
}
