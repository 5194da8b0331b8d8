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

export default async function run(task: Task): Promise<TaskReply> {
  return (await ready)(task);
}
