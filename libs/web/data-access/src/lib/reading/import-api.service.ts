import { Injectable } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { IMPORT_FILE_MAX_BYTES } from '@lukuhaaste/shared/util-rules';
import { print } from 'graphql';
import {
  ImportGoodreadsCsvDocument,
  type ImportGoodreadsCsvMutation,
  type ImportSkipReason,
} from '../../generated/reading';
import { ApiError } from '../errors/api-error';
import { readApiError } from '../errors/read-api-error';

export type ImportReport = ImportGoodreadsCsvMutation['importGoodreadsCsv'];
export type { ImportSkipReason };

/** Share of the file sent (0–1); 1 means the server is importing. */
export type UploadProgress = (sentShare: number) => void;

const QUERY = print(ImportGoodreadsCsvDocument);
/** The API takes bodies over 1 MiB only for a request announcing the import. */
const OPERATION_HEADER = 'x-apollo-operation-name';

/**
 * The Goodreads import. Not through Apollo: a file of several megabytes needs
 * upload progress, which fetch cannot report; XMLHttpRequest can. Same
 * origin, so the session cookie travels; JSON satisfies CSRF prevention.
 * Rejects with ApiError like GraphqlClient.
 */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  async importGoodreadsCsv(challengeId: string, csv: string, onProgress: UploadProgress): Promise<ImportReport> {
    const body = JSON.stringify({
      operationName: 'ImportGoodreadsCsv',
      query: QUERY,
      variables: { challengeId, csv },
    });
    const { status, text } = await post(body, onProgress);
    const result = parse(text);
    if (result?.errors?.length) throw readApiError(new CombinedGraphQLErrors(result));
    const report = (result?.data as ImportGoodreadsCsvMutation | undefined)?.importGoodreadsCsv;
    if (report) return report;
    if (status === 413)
      throw new ApiError('BAD_USER_INPUT', [
        { field: 'csv', code: 'FILE_TOO_LARGE', params: { max: IMPORT_FILE_MAX_BYTES } },
      ]);
    throw new ApiError(status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR');
  }
}

function post(body: string, onProgress: UploadProgress): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    request.setRequestHeader('content-type', 'application/json');
    request.setRequestHeader(OPERATION_HEADER, 'ImportGoodreadsCsv');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.upload.onload = () => onProgress(1);
    request.onload = () => resolve({ status: request.status, text: request.responseText });
    request.onerror = () => reject(new ApiError('NETWORK_ERROR'));
    request.send(body);
  });
}

function parse(text: string): { data?: unknown; errors?: CombinedGraphQLErrors['errors'] } | null {
  try {
    return JSON.parse(text) as { data?: unknown; errors?: CombinedGraphQLErrors['errors'] };
  } catch {
    return null;
  }
}
