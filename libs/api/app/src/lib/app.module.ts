import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AssessmentModule } from '@cds/assessment/api';
import { AuditModule } from '@cds/audit/api';
import { AuthModule } from '@cds/auth/api';
import { AccessGuard } from '@cds/api/authz';
import { AppConfig } from '@cds/api/common';
import { CatalogueModule } from '@cds/catalogue/api';
import { CertificationModule } from '@cds/certification/api';
import { CoreTeamModule } from '@cds/core-team/api';
import { DeliveryModule } from '@cds/delivery/api';
import { HealthModule } from './health/health.module';
import { OrgModule } from '@cds/org/api';
import { PeopleModule } from '@cds/people/api';
import { CoreModule } from './core.module';

/** The application: the core, then one module per domain. The access guard is global: deny by default. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        AuditModule,
        HealthModule,
        OrgModule,
        PeopleModule,
        AuthModule,
        CatalogueModule,
        DeliveryModule,
        CertificationModule,
        CoreTeamModule,
        AssessmentModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
