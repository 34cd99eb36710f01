import { inject, Injectable } from '@angular/core';
import { DeleteMyAccountDocument, ExportMyDataDocument, type ExportMyDataMutation } from '../../generated/reading';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type MyDataExport = ExportMyDataMutation['exportMyData'];

/** The signed-in reader's data rights (profile page). Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class MyDataApi {
  private readonly client = inject(GraphqlClient);

  /** The JSON document and the entries CSV, read together. */
  async export(): Promise<MyDataExport> {
    return (await this.client.mutate(ExportMyDataDocument)).exportMyData;
  }

  /** The API clears the session cookie; the caller signs the app out. */
  async deleteAccount(password: string): Promise<void> {
    await this.client.mutate(DeleteMyAccountDocument, { input: { password } });
  }
}
