import { isPlatformServer } from '@angular/common';
import { computed, inject, Injectable, PLATFORM_ID, signal } from '@angular/core';
import {
  ChangePasswordDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RegisterDocument,
  UpdateProfileDocument,
  type ChangePasswordInput,
  type LoginInput,
  type RegisterInput,
  type UpdateProfileInput,
  type UserFieldsFragment,
} from '../../generated/graphql';
import { ApiError } from '../errors/api-error';
import { GraphqlClient } from '../graphql/graphql-client.service';

export type SessionUser = UserFieldsFragment;

/**
 * Who is logged in. The session itself lives in an httpOnly cookie the API
 * sets and clears; this store only mirrors `me`. Methods reject with ApiError.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly client = inject(GraphqlClient);
  private readonly currentUser = signal<SessionUser | null>(null);
  private readonly pending = signal(0);
  /** A server render is anonymous: it never asks who is logged in, so its HTML and data suit every reader. */
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));
  private initialLoad?: Promise<void>;

  readonly user = this.currentUser.asReadonly();
  readonly isLoggedIn = computed(() => this.currentUser() !== null);
  readonly loading = computed(() => this.pending() > 0);

  /** Settles once the first `me` check has finished, whatever its outcome; guards wait on it. */
  whenReady(): Promise<void> {
    if (this.onServer) return Promise.resolve();
    return (this.initialLoad ??= this.refresh().then(
      () => undefined,
      () => undefined,
    ));
  }

  async refresh(): Promise<SessionUser | null> {
    const { me } = await this.track(this.client.query(MeDocument));
    this.currentUser.set(me);
    return me;
  }

  async login(input: LoginInput): Promise<SessionUser> {
    const { login } = await this.track(this.client.mutate(LoginDocument, { input }));
    return this.startSession(login.user);
  }

  async register(input: RegisterInput): Promise<SessionUser> {
    const { register } = await this.track(this.client.mutate(RegisterDocument, { input }));
    return this.startSession(register.user);
  }

  async logout(): Promise<void> {
    try {
      await this.track(this.client.mutate(LogoutDocument));
    } catch (error) {
      // An expired session is already what the user asked for.
      if (!(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) throw error;
    }
    this.currentUser.set(null);
    await this.client.reset();
  }

  async updateProfile(input: UpdateProfileInput): Promise<SessionUser> {
    const { updateProfile } = await this.track(this.client.mutate(UpdateProfileDocument, { input }));
    this.currentUser.set(updateProfile);
    return updateProfile;
  }

  async changePassword(input: ChangePasswordInput): Promise<void> {
    await this.track(this.client.mutate(ChangePasswordDocument, { input }));
  }

  private async startSession(user: SessionUser): Promise<SessionUser> {
    // Drop anything cached while anonymous or as a previous user.
    await this.client.reset();
    this.currentUser.set(user);
    this.initialLoad ??= Promise.resolve();
    return user;
  }

  private async track<T>(promise: Promise<T>): Promise<T> {
    this.pending.update((count) => count + 1);
    try {
      return await promise;
    } finally {
      this.pending.update((count) => count - 1);
    }
  }
}
