import { inject, Injectable } from '@angular/core';
import { SuggestedDisplayNameDocument } from '../../generated/graphql';
import { GraphqlClient } from '../graphql/graphql-client.service';

/** Pseudonyms the API proposes, so nobody has to publish their real name. */
@Injectable({ providedIn: 'root' })
export class DisplayNameSuggestions {
  private readonly client = inject(GraphqlClient);

  async next(): Promise<string> {
    const { suggestedDisplayName } = await this.client.query(SuggestedDisplayNameDocument);
    return suggestedDisplayName;
  }
}
