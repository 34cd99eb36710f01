import { signal, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionStore, type SessionUser } from '@lukuhaaste/web/data-access';
import { provideGraphqlClientTesting } from '@lukuhaaste/web/data-access/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';

export const maija = {
  id: 'u1',
  displayName: 'Lukutoukka',
  email: 'maija@example.fi',
  role: 'PATRON',
  locale: 'en',
  createdAt: '',
} as SessionUser;

const sleep = () => new Promise((resolve) => setTimeout(resolve));

/** Renders a routed page against ApolloTestingController, as a visitor or as Maija. */
export async function renderPage<T>(
  page: Type<T>,
  options: { user?: SessionUser | null; inputs?: Record<string, unknown> } = {},
) {
  const user = signal<SessionUser | null>(options.user ?? null);
  const session = { user, isLoggedIn: () => user() !== null, whenReady: () => Promise.resolve() };
  TestBed.configureTestingModule({
    imports: [page, ApolloTestingModule, translocoTesting()],
    providers: [provideRouter([]), provideGraphqlClientTesting(), { provide: SessionStore, useValue: session }],
  });
  const backend = TestBed.inject(ApolloTestingController);
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    // Not whenStable(): a loading resource is a pending task until the test answers it.
    for (let i = 0; i < 3; i++) {
      await sleep();
      fixture.detectChanges();
    }
  };
  /** Answers the named operation once it has been sent. */
  const answer = async (operationName: string, data: Record<string, unknown>) => {
    await settle();
    backend.expectOne(operationName).flushData(data);
    await settle();
  };
  const texts = (selector: string) =>
    [...element.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
  return { fixture, element, backend, settle, answer, texts };
}
