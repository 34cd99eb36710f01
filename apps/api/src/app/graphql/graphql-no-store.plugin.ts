import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `Cache-Control: no-store` on every GraphQL answer (answers may hold a
 * reader's own data), as Apollo's cache-control plugin sent it. That plugin
 * is disabled because it hooks every resolved field, which makes Apollo wrap
 * every resolver of the schema; this one only touches the response.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
