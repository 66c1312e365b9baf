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
  /** The database check under way: callers arriving meanwhile share its answer instead of each sending their own. */
  private inFlight: Promise<boolean> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer' })
  async health(): Promise<HealthResponse> {
    if (!(await this.ping())) throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'db.unavailable');
    return { status: 'ok', db: isMysqlFamily(this.db.options) ? 'mysql' : 'sqlite' };
  }

  /**
   * Asks the database, one question at a time: every answer is at most one round trip old, and a
   * crowd (every browser opening the app at a quiz's start, a monitor polling hard) costs the
   * database a few pings instead of one per request.
   */
  private ping(): Promise<boolean> {
    this.inFlight ??= this.db
      .query('SELECT 1')
      .then(
        () => true,
        () => false,
      )
      .finally(() => (this.inFlight = null));
    return this.inFlight;
  }
}
