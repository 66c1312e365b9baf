import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@cds/contracts';
import { DataSource } from 'typeorm';
import { Public } from '@cds/api/authz';
import { AppError } from '@cds/api/common';
import { isMysqlFamily } from '@cds/api/database';

class HealthDto implements HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['sqlite', 'mysql'] }) db!: 'sqlite' | 'mysql';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async health(): Promise<HealthResponse> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'db.unavailable');
    }
    return { status: 'ok', db: isMysqlFamily(this.db.options) ? 'mysql' : 'sqlite' };
  }
}
