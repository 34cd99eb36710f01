export interface GraphqlResponse<TData> {
  status: number;
  data: TData | null;
  errors: Array<{
    message: string;
    extensions?: { code?: string; fields?: Array<{ field: string; code: string }>; [key: string]: unknown };
  }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Minimal GraphQL-over-HTTP client: what a browser or API consumer actually sends. */
export function graphqlClient(baseUrl: string) {
  return async function gql<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphqlResponse<TData>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphqlResponse<TData>['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], headers: response.headers };
  };
}

export type GraphqlClient = ReturnType<typeof graphqlClient>;

/** The single error code of a response, for concise assertions. */
export function errorCode(response: GraphqlResponse<unknown>): string | undefined {
  return response.errors[0]?.extensions?.code;
}
