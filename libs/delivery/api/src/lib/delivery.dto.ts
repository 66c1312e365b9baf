import { ApiProperty } from '@nestjs/swagger';
import type { PersonRef, SessionDto } from '@cds/contracts';

/** Response pieces both halves of the domain answer with (one Swagger schema each). */
export class PersonRefDto implements PersonRef {
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
}

export class SessionResponse implements SessionDto {
  @ApiProperty() id!: number;
  @ApiProperty() classId!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ type: String, nullable: true }) onlineUrl!: string | null;
}
