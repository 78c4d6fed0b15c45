import { serveJobs } from '../workers/pool.ts';
import { ingestToFiles } from './outputs.ts';

/**
 * A thread of the ingest pool: takes a source, parses it and writes its outputs, and sends back
 * its cache entry. One document at a time, so a thread holds at most one document's model.
 */
serveJobs(ingestToFiles);
