import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AUTH_RATE_LIMITS } from '../constants/auth-rate-limits.constant';
import type { MyDataExportOutput } from '../dtos/my-data-export.output';
import {
  PersonalDataRegistry,
  READING_ENTRIES_SECTION,
  READING_ENTRY_CSV_COLUMNS,
  type PersonalDataRow,
} from '../personal-data/personal-data-holder';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { toCsv } from '../utils/to-csv.util';

/**
 * "My data" (issue #10): the caller's own profile and every registered
 * context's rows about them, read in one REPEATABLE READ snapshot so the
 * sections agree with each other. Suspension does not matter: data rights
 * are not a contribution.
 */
@Injectable()
export class MyDataExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly rateLimits: RateLimitService,
  ) {}

  async export(userId: string): Promise<MyDataExportOutput> {
    await this.rateLimits.take([{ scope: 'export:user', subject: userId, rule: AUTH_RATE_LIMITS.dataExportsPerUser }]);
    const { exportedAt, sections } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ now }]: Array<{ now: Date }> = await manager.query(`SELECT now() AS now`);
      const sections: Record<string, unknown> = { profile: await this.profile(manager, userId) };
      for (const holder of this.registry.holders) Object.assign(sections, await holder.exportData(manager, userId));
      return { exportedAt: now, sections };
    });
    const entries = (sections[READING_ENTRIES_SECTION] ?? []) as PersonalDataRow[];
    return {
      exportedAt,
      json: JSON.stringify({ exportedAt: exportedAt.toISOString(), ...sections }, null, 2),
      entriesCsv: toCsv(READING_ENTRY_CSV_COLUMNS, entries),
    };
  }

  private async profile(manager: EntityManager, userId: string): Promise<PersonalDataRow> {
    const [profile]: PersonalDataRow[] = await manager.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.locale,
              b.slug AS "homeBranch", u.suspended_until AS "suspendedUntil",
              u.suspension_reason AS "suspensionReason", u.created_at AS "createdAt"
         FROM users AS u LEFT JOIN branches AS b ON b.id = u.home_branch_id
        WHERE u.id = $1`,
      [userId],
    );
    return profile;
  }
}
