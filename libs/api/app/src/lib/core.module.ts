import { DynamicModule, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, FileStorage, LocalDiskStorage } from '@cds/api/common';

/** Cross-cutting services every domain module may use: configuration, the database, JWT, file storage. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        PassportModule,
        JwtModule.register({
          secret: config.jwt.secret,
          signOptions: { algorithm: 'HS256', issuer: config.jwt.issuer, audience: config.jwt.audience, expiresIn: config.jwt.accessTtlSeconds },
          verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: FileStorage, useClass: LocalDiskStorage }],
      exports: [APP_CONFIG, JwtModule, FileStorage],
    };
  }
}
