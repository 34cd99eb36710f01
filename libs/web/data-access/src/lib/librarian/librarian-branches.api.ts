import { inject, Injectable } from '@angular/core';
import {
  CreateBranchDocument,
  DeleteBranchDocument,
  LibrarianBranchesDocument,
  UpdateBranchDocument,
  type CreateBranchInput,
  type LibrarianBranchFieldsFragment,
  type UpdateBranchInput,
} from '../../generated/librarian';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type AdminBranch = LibrarianBranchFieldsFragment;

/** Branch management for admins (the API refuses everyone else). Rejects with ApiError. */
@Injectable({ providedIn: 'root' })
export class LibrarianBranchesApi {
  private readonly client = inject(GraphqlClient);

  async list(): Promise<AdminBranch[]> {
    return (await this.client.query(LibrarianBranchesDocument)).branches;
  }

  async create(input: CreateBranchInput): Promise<AdminBranch> {
    return (await this.client.mutate(CreateBranchDocument, { input })).createBranch;
  }

  async update(id: string, input: UpdateBranchInput): Promise<AdminBranch> {
    return (await this.client.mutate(UpdateBranchDocument, { id, input })).updateBranch;
  }

  /** Rejects with CONFLICT (reason BRANCH_IN_USE) while it is anyone's home branch or has paper returns. */
  async remove(id: string): Promise<void> {
    await this.client.mutate(DeleteBranchDocument, { id });
  }
}
