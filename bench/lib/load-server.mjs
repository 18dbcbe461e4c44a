// The mock under load, in a process of its own (forked by load.mjs with tsx's loader), so that its memory is
// measured apart from the load generator's: 500 clients' sockets, buffers and latency samples would otherwise
// count as the mock's. It tells the parent its address over IPC, samples its resident set every 200 ms, and
// answers 'stats' with the peak. It ends when the IPC channel closes: when the parent is done, and also when the
// parent crashed, so no mock is left behind listening.
import { readFileSync } from 'node:fs';
import { startMockServer } from '../../mock/server.ts';

const SAMPLE_MS = 200;

/**
 * The kernel's high-water mark of this process's resident set (VmHWM, Linux; null elsewhere): it also catches a peak
 * between two samples. Not process.resourceUsage().maxRSS: Linux carries that over exec from the forked copy of the
 * parent, so it reports the load generator's size when that is the larger.
 */
function kernelPeakRssBytes() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

const mock = await startMockServer({ port: 0, host: '127.0.0.1' });
const baselineRssBytes = process.memoryUsage.rss();
// CPU time from here on: the load's, without the start-up (tsx compiling the mock).
const cpuAtStart = process.cpuUsage();
let peakRssBytes = baselineRssBytes;
const sampler = setInterval(() => {
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
}, SAMPLE_MS);

process.on('message', (message) => {
  if (message === 'stats') {
    const rssNow = process.memoryUsage.rss();
    const cpu = process.cpuUsage(cpuAtStart);
    process.send({
      baselineRssBytes,
      peakRssBytes: Math.max(peakRssBytes, rssNow),
      kernelPeakRssBytes: kernelPeakRssBytes(),
      rssNow,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    });
  }
});
process.on('disconnect', () => {
  clearInterval(sampler);
  mock.close().finally(() => process.exit());
});

process.send({ url: mock.url });
