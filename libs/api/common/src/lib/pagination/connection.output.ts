import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoOutput } from './page-info.output';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfoOutput;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type (Relay style). */
export function ConnectionType<T>(nodeType: new () => T, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: Array<Edge<T>>;

    @Field(() => PageInfoOutput)
    pageInfo!: PageInfoOutput;

    @Field(() => Int)
    totalCount!: number;
  }

  return ConnectionClass;
}
