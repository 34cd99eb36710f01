import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AccountsModule } from '@lukuhaaste/api/accounts';
import { BooksModule } from '@lukuhaaste/api/books';
import { ChallengesModule } from '@lukuhaaste/api/challenges';
import { ReadingModule } from '@lukuhaaste/api/reading';
import { DiscussionModule } from '@lukuhaaste/api/discussion';
import { ModerationModule } from '@lukuhaaste/api/moderation';
import { RealtimeModule } from '@lukuhaaste/api/realtime';
import { NotificationsModule } from '@lukuhaaste/api/notifications';
import { MetricsModule } from '@lukuhaaste/api/observability';
import { DomainExceptionFilter } from '@lukuhaaste/api/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@lukuhaaste/api/config';
import { buildDataSourceOptions } from '@lukuhaaste/api/database';
import { SCHEMA } from '../database/schema';
import { DatabaseOutageFilter } from './database-outage/database-outage.filter';
import { DatabaseOutageLog } from './database-outage/database-outage.log';
import { buildGraphqlOptions } from './graphql/graphql-options';
import { GraphqlWsGateway } from './graphql/graphql-ws.gateway';
import { HealthController } from './health/health.controller';
import { buildLoggerOptions } from './logger-options';

export interface AppModuleOptions {
  config: AppConfig;
  /** Resolved primary database URL (embedded or configured). */
  databaseUrl: string;
  /** Where log lines go instead of standard output (the logging tests read them). */
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logDestination }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(buildLoggerOptions(config, { destination: logDestination })),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(
            {
              url: databaseUrl,
              poolSize: config.DATABASE_POOL_SIZE,
              timeouts: {
                statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
                idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
                connectMs: config.DATABASE_CONNECT_TIMEOUT_MS,
              },
            },
            SCHEMA,
          ),
        ),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: buildGraphqlOptions,
        }),
        TerminusModule,
        MetricsModule.forRoot(config),
        RealtimeModule,
        AccountsModule,
        BooksModule,
        ChallengesModule,
        ReadingModule,
        NotificationsModule,
        DiscussionModule,
        ModerationModule,
      ],
      controllers: [HealthController],
      providers: [
        // Nest tries the global filters last-registered first: domain exceptions reach their own filter
        // before the catch-all outage filter.
        { provide: APP_FILTER, useClass: DatabaseOutageFilter },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        DatabaseOutageLog,
        GraphqlWsGateway,
      ],
    };
  }
}
