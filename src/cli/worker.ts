/** Worker-thread entry for the batch pool (placeholder). */
export {};
