import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { LogLevel, RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AllExceptionsFilter, ValidationFailed, AppConfig } from '@cds/api/common';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';

export const API_PREFIX = 'api';

/** Builds the whole HTTP application; used by main.ts and by the integration tests alike. */
export async function createApp(config: AppConfig, dataSource: DataSource, logger: LogLevel[] | false = ['log', 'warn', 'error']) {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource), adapter, { logger });

  const headers = securityHeaders();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      reply.header('x-correlation-id', request.id);
    });

  // The issuer's DID document lives where did:web resolution looks for it, outside /api.
  app.setGlobalPrefix(API_PREFIX, { exclude: [{ path: '.well-known/did.json', method: RequestMethod.GET }] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new ValidationFailed(errors),
    }),
  );

  const webAvailable = existsSync(join(config.webDist, 'index.html'));
  if (webAvailable) {
    app.useStaticAssets({
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      // @fastify/static 10 hands the Fastify reply (not the raw response) to setHeaders.
      setHeaders: ((reply: { header(name: string, value: string): unknown }, path: string) => {
        const hashed = /-[A-Z0-9]{8,}\.(js|css)$/.test(path);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      }) as never,
    });
  }
  app.useGlobalFilters(new AllExceptionsFilter(() => webAvailable));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('cds-training API')
      .setDescription('Training tracking and e-learning for a province\'s digital-transformation core team')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
