import { UserEntity } from '@lukuhaaste/api/accounts';
import { CommentEntity, recountThread, renderMarkdown } from '@lukuhaaste/api/discussion';
import { ReportEntity, ReportReason } from '@lukuhaaste/api/moderation';
import { In, type EntityManager } from 'typeorm';
import { DEMO_READERS } from './demo-users.constant';

const ADVERT = 'Halpoja e-kirjoja! Katso profiilistani linkki, koodilla LUKU50 saat -50 %.';

/** Reader index (DEMO_READERS) of the advert's author, and the readers who reported it with their reason and note. */
const AUTHOR = 6;
const REPORTS: Array<{ reader: number; reason: ReportReason; note: string | null }> = [
  { reader: 0, reason: ReportReason.SPAM, note: 'Mainos, ei liity kirjoihin.' },
  { reader: 4, reason: ReportReason.OFF_TOPIC, note: null },
];

/**
 * An advert in this year's first category thread, reported by two readers
 * (below the automatic hide, so patrons still see it): the librarian's
 * moderation queue has something to show. Added once, when no report exists.
 */
export async function seedDemoReports(manager: EntityManager): Promise<void> {
  if (await manager.exists(ReportEntity)) return;
  const [thread]: Array<{ id: string }> = await manager.query(
    `SELECT thread.id FROM threads thread
       JOIN categories category ON category.id = thread.category_id
       JOIN challenges challenge ON challenge.id = category.challenge_id
      WHERE challenge.status = 'PUBLISHED'
      ORDER BY challenge.year DESC, category.position
      LIMIT 1`,
  );
  const emails = [AUTHOR, ...REPORTS.map((report) => report.reader)].map((index) => DEMO_READERS[index]?.email ?? '');
  const readers = await manager.findBy(UserEntity, { email: In(emails) });
  const idOf = (index: number) => readers.find((reader) => reader.email === DEMO_READERS[index]?.email)?.id;
  const authorId = idOf(AUTHOR);
  if (!thread || !authorId) return;
  const advert = manager.create(CommentEntity, {
    threadId: thread.id,
    parentId: null,
    authorId,
    body: ADVERT,
    bodyHtml: renderMarkdown(ADVERT),
    containsSpoilers: false,
    bookId: null,
  });
  await manager.insert(CommentEntity, advert);
  await recountThread(manager, thread.id);
  await manager.insert(
    ReportEntity,
    REPORTS.flatMap(({ reader, reason, note }) => {
      const reporterId = idOf(reader);
      return reporterId ? [{ commentId: advert.id, reporterId, reason, note }] : [];
    }),
  );
}
