import { ApiProperty } from '@nestjs/swagger';
import type { CourseRef } from '@cds/contracts';

export class CourseRefDto implements CourseRef {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}
