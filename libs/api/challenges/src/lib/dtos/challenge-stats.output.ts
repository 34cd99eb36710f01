import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextOutput } from '@lukuhaaste/api/common';

@ObjectType('CompletedCategoriesBucket', { description: 'How many participants filled exactly this many categories.' })
export class CompletedCategoriesBucketOutput {
  @Field(() => Int)
  completedCategories!: number;

  @Field(() => Int)
  participants!: number;
}

@ObjectType('CategoryStats')
export class CategoryStatsOutput {
  @Field(() => ID)
  categoryId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => LocalizedTextOutput)
  title!: LocalizedTextOutput;

  @Field(() => Int, { description: 'Books placed in this category.' })
  entries!: number;
}

@ObjectType('FormatStats', { description: 'Entries per book format.' })
export class FormatStatsOutput {
  @Field(() => Int)
  print!: number;

  @Field(() => Int)
  ebook!: number;

  @Field(() => Int)
  audiobook!: number;
}

@ObjectType('MonthStats')
export class MonthStatsOutput {
  @Field({ description: 'YYYY-MM; entries by the month a book was finished, comments by Helsinki time.' })
  month!: string;

  @Field(() => Int)
  entries!: number;

  @Field(() => Int, { description: 'Comments written in the challenge’s discussions.' })
  comments!: number;
}

@ObjectType('BookStats')
export class BookStatsOutput {
  @Field(() => ID)
  bookId!: string;

  @Field()
  title!: string;

  @Field(() => [String])
  authors!: string[];

  @Field(() => Int)
  entries!: number;
}

@ObjectType('AuthorStats')
export class AuthorStatsOutput {
  @Field()
  author!: string;

  @Field(() => Int, { description: 'Entries of books they wrote or co-wrote.' })
  entries!: number;
}

@ObjectType('OnlineChallengeStats', { description: 'Figures of the readers who take part in the app.' })
export class OnlineChallengeStatsOutput {
  @Field(() => Int)
  participants!: number;

  @Field(() => Int, { description: 'Participants who logged in within the last 30 days.' })
  activeParticipants!: number;

  @Field(() => Int, { description: 'Books logged, placed in a category or not.' })
  entries!: number;

  @Field(() => Int, { description: 'Participants who filled every category.' })
  completions!: number;

  @Field(() => [CompletedCategoriesBucketOutput], {
    description: 'Participants per number of filled categories, from 0 to the category count.',
  })
  completedCategoryCounts!: CompletedCategoriesBucketOutput[];

  @Field(() => [CategoryStatsOutput], { description: 'Most filled first; ties in category order.' })
  categories!: CategoryStatsOutput[];

  @Field(() => FormatStatsOutput)
  formats!: FormatStatsOutput;

  @Field(() => [MonthStatsOutput], { description: 'Months with entries or comments, oldest first.' })
  months!: MonthStatsOutput[];

  @Field(() => [BookStatsOutput], { description: 'The ten most logged books.' })
  topBooks!: BookStatsOutput[];

  @Field(() => [AuthorStatsOutput], { description: 'The ten most logged authors.' })
  topAuthors!: AuthorStatsOutput[];
}

@ObjectType('PaperChallengeStats', {
  description: 'Figures of the printed lists returned at the desks (anonymous; no entries behind them).',
})
export class PaperChallengeStatsOutput {
  @Field(() => Int, { description: 'Lists returned.' })
  participants!: number;

  @Field(() => Int, { description: 'Lists with every category filled.' })
  completions!: number;

  @Field(() => [CompletedCategoriesBucketOutput], {
    description: 'Lists per number of filled categories, from 0 to the category count.',
  })
  completedCategoryCounts!: CompletedCategoriesBucketOutput[];
}

@ObjectType('ChallengeStats', { description: 'A challenge’s statistics for librarians, optionally for one branch.' })
export class ChallengeStatsOutput {
  @Field(() => ID)
  challengeId!: string;

  @Field(() => ID, { nullable: true })
  branchId!: string | null;

  @Field(() => OnlineChallengeStatsOutput)
  online!: OnlineChallengeStatsOutput;

  @Field(() => PaperChallengeStatsOutput, { description: 'With branchId, the returns recorded at its desk.' })
  paper!: PaperChallengeStatsOutput;
}
