import { serveJobs } from '../workers/pool.ts';
import { ingestToOutputs, outputBuffers } from './outputs.ts';

/**
 * A thread of the ingest pool: takes a source path, parses and renders it, and sends the outputs
 * back for the main thread to write. One document at a time, so a thread holds at most one
 * document's model. The files' bytes are transferred to the main thread, not copied.
 */
serveJobs(ingestToOutputs, outputBuffers);
