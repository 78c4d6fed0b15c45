import { serveJobs } from '../workers/pool.ts';
import { indexShard } from './index-shard.ts';

/** A thread of the search indexer: each thread drives its own Pagefind process, one shard at a time. */
serveJobs(indexShard);
