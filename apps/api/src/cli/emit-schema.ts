import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { GRAPHQL_RESOLVERS, GRAPHQL_SCALARS } from '../app/graphql/graphql-resolvers';

/** `npm run schema`: prints the code-first schema to apps/api/schema.graphql for the web app's codegen. */
const target = process.argv[2] ?? 'apps/api/schema.graphql';
const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(GRAPHQL_RESOLVERS, GRAPHQL_SCALARS);
writeFileSync(target, `${printSchema(lexicographicSortSchema(schema))}\n`);
await app.close();
console.log(`Wrote ${target}`);
