import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { ApiError } from '@lukuhaaste/web/data-access';
import { CommentsApi, ThreadsApi } from '@lukuhaaste/web/data-access/discussion';
import type { SavedReadingEntry } from '@lukuhaaste/web/data-access/reading';
import { Subject } from 'rxjs';
import { translocoTesting } from '@lukuhaaste/web/util-i18n/testing';
import { TellOthers } from './tell-others.service';

describe(TellOthers.name, () => {
  const entry = { id: 'e1', category: { id: 'cat-3' } } as SavedReadingEntry;

  function setUp() {
    const action = new Subject<void>();
    const threads = { categoryThread: jest.fn().mockResolvedValue({ id: 't3' }) };
    const comments = { post: jest.fn().mockResolvedValue({ id: 'c7' }) };
    const snackBar = { open: jest.fn(() => ({ onAction: () => action.asObservable() })) };
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([]),
        { provide: ThreadsApi, useValue: threads },
        { provide: CommentsApi, useValue: comments },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { service: TestBed.inject(TellOthers), threads, comments, snackBar, action, navigate };
  }

  it('posts the entry in its category’s thread and links to the comment from the snackbar', async () => {
    const { service, threads, comments, snackBar, action, navigate } = setUp();
    await service.share(entry);
    expect(threads.categoryThread).toHaveBeenCalledWith('cat-3');
    expect(comments.post).toHaveBeenCalledWith({ threadId: 't3', readingEntryId: 'e1' });
    expect(snackBar.open).toHaveBeenCalledWith("Your book is now in the category's thread.", 'Show', {
      duration: 10000,
    });
    action.next();
    expect(navigate).toHaveBeenCalledWith(['/threads', 't3'], { queryParams: { comment: 'c7' } });
  });

  it('says so when posting fails (the book itself is saved), and skips books without a category', async () => {
    const { service, comments, snackBar } = setUp();
    comments.post.mockRejectedValueOnce(new ApiError('RATE_LIMITED'));
    await service.share(entry);
    expect(snackBar.open).toHaveBeenCalledWith(expect.stringContaining('telling others failed'), undefined, {
      duration: 10000,
    });

    await service.share({ ...entry, category: null } as SavedReadingEntry);
    expect(comments.post).toHaveBeenCalledTimes(1);
  });
});
