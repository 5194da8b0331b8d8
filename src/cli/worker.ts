/** Worker-thread entry of the batch pool (built to dist/worker.js): one cleaner per thread, runs tasks. */
import { workerData } from 'piscina';
import { createTaskRunner, type Task, type TaskReply } from '../batch/task.js';
import { loadRules } from '../batch/rules-file.js';
import type { WorkerConfig } from '../batch/executor.js';

const cfg = workerData as WorkerConfig;
const ready = (async () => {
  const fromFile = cfg.rulesFile ? await loadRules(cfg.rulesFile) : [];
  return createTaskRunner({ options: cfg.options, rules: [...cfg.rules, ...fromFile] });
})();

/**
 * Results cross back as JSON text, not by structured clone: a result holding a value that cannot be
 * cloned (a function that slipped into a field) would otherwise fail the page; JSON is what every
 * output of the batch is anyway.
 */
export default async function run(task: Task): Promise<TaskReply> {
  const reply = (await ready)(task);
  if (reply.result) {
    reply.resultJson = JSON.stringify(reply.result);
    delete reply.result;
  }
  return reply;
}
