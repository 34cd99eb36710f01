import { TestBed } from '@angular/core/testing';
import { ApiError } from '@lukuhaaste/web/data-access';
import { CommentsApi } from '@lukuhaaste/web/data-access/discussion';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { COMMENT_BODY_MAX_LENGTH } from '@lukuhaaste/shared/util-rules';
import { CommentComposer } from './comment-composer.component';

const sleep = () => new Promise((resolve) => setTimeout(resolve));

describe(CommentComposer.name, () => {
  async function render(send: jest.Mock) {
    const api = { preview: jest.fn() };
    TestBed.configureTestingModule({
      imports: [CommentComposer, translocoTesting()],
      providers: [{ provide: CommentsApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(CommentComposer);
    fixture.componentRef.setInput('send', send);
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        await sleep();
        fixture.detectChanges();
      }
    };
    await settle();
    const textarea = () => element.querySelector('textarea') as HTMLTextAreaElement;
    const type = async (text: string) => {
      textarea().value = text;
      textarea().dispatchEvent(new Event('input'));
      await settle();
    };
    const submit = async () => {
      (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle();
    };
    return { api, element, settle, textarea, type, submit };
  }

  it('counts characters towards the limit and refuses an empty or too long comment without sending', async () => {
    const send = jest.fn();
    const { element, type, submit } = await render(send);
    await type('Hyvä kirja 📚');
    expect(element.textContent).toContain(`12/${COMMENT_BODY_MAX_LENGTH}`);

    await type('   ');
    await submit();
    await type('x'.repeat(COMMENT_BODY_MAX_LENGTH + 1));
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(element.querySelector('mat-error')?.textContent).toBeTruthy();
  });

  it('sends the text and the spoiler flag, then starts a new draft', async () => {
    const send = jest.fn().mockResolvedValue(undefined);
    const { element, type, submit, textarea, settle } = await render(send);
    await type('  Loppu yllätti  ');
    (element.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await settle();
    await submit();
    expect(send).toHaveBeenCalledWith({ body: 'Loppu yllätti', containsSpoilers: true });
    expect(textarea().value).toBe('');
  });

  it('keeps the draft and explains a refusal (a thread locked meanwhile)', async () => {
    const send = jest.fn().mockRejectedValue(new ApiError('FORBIDDEN'));
    const { element, type, submit, textarea } = await render(send);
    await type('Vielä yksi ajatus');
    await submit();
    expect(textarea().value).toBe('Vielä yksi ajatus');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('the thread may have been locked');
  });

  it('previews the server’s rendering in the Preview tab', async () => {
    const { api, element, type, settle } = await render(jest.fn());
    api.preview.mockResolvedValue('<p><strong>Lihava</strong> teksti</p>');
    await type('**Lihava** teksti');
    const previewTab = [...element.querySelectorAll('[role="tab"]')].find((t) => t.textContent?.includes('Preview'));
    (previewTab as HTMLElement).click();
    await settle();
    await settle();
    expect(api.preview).toHaveBeenCalledWith('**Lihava** teksti');
    expect(element.querySelector('.lh-composer__preview strong')?.textContent).toBe('Lihava');
  });
});
