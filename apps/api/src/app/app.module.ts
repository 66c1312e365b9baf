import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { AccessGuard } from '../authz/access.guard';
import { AppConfig } from '../config/config';
import { CoreTeamModule } from '../core-team/core-team.module';
import { HealthModule } from '../health/health.module';
import { OrgModule } from '../org/org.module';
import { PeopleModule } from '../people/people.module';
import { CoreModule } from './core.module';

/** The application: the core, then one module per domain. The access guard is global: deny by default. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, dataSource), AuthModule, AuditModule, HealthModule, OrgModule, PeopleModule, CoreTeamModule],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
