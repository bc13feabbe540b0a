import { ALL_QUEUE_NAMES } from '../queue/jobs';
import type { FailedJob, QueueCounts } from '../queue/queue.service';
import { html } from '../web/html';
import { t } from '../web/i18n';
import { label } from '../web/labels';
import { layout, postButton, type PageContext } from '../web/layout';
import { moment } from '../web/post-parts.view';
import type { SweeperStatus } from './sweeper.service';

const COLUMNS = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;

/** The job queues for operators: counts, the failed jobs with their reasons (retry, discard), the sweeper. */
export function queuesView(ctx: PageContext, counts: QueueCounts, failed: FailedJob[], sweep: SweeperStatus, flash?: string): string {
  const body = html`<table id="queues"><thead><tr><th>${t(ctx, 'queues.queue')}</th>${COLUMNS.map((c) => html`<th>${t(ctx, `queues.${c}`)}</th>`)}</tr></thead>
      <tbody>${ALL_QUEUE_NAMES.map((name) => html`<tr data-queue="${name}"><td>${label(ctx, 'queue', name)}</td>${COLUMNS.map((c) => html`<td class="${c === 'failed' && (counts[name]?.[c] ?? 0) > 0 ? 'error' : ''}">${t(ctx, 'queues.count', { n: counts[name]?.[c] ?? 0 })}</td>`)}</tr>`)}</tbody></table>
    <section class="card" id="failed-jobs"><h2>${t(ctx, 'queues.failedJobs')}</h2>
      ${
        failed.length === 0
          ? html`<p class="muted">${t(ctx, 'queues.noFailed')}</p>`
          : html`<table><thead><tr><th>${t(ctx, 'queues.queue')}</th><th>${t(ctx, 'queues.job')}</th><th>${t(ctx, 'queues.reason')}</th><th>${t(ctx, 'queues.attempts')}</th><th>${t(ctx, 'queues.failedAt')}</th><th></th></tr></thead>
          <tbody>${failed.map(
            (
              j,
            ) => html`<tr data-job="${j.id}"><td>${label(ctx, 'queue', j.queue)}</td><td><bdi><code>${j.id}</code></bdi></td><td><bdi class="job-reason">${j.reason}</bdi></td><td>${t(ctx, 'queues.count', { n: j.attempts })}</td>
              <td>${j.failedAt ? moment(ctx, j.failedAt) : '—'}</td>
              <td>${postButton(ctx, '/queues/retry', t(ctx, 'queues.retry'), { fields: { queue: j.queue, id: j.id }, cls: 'primary' })} ${postButton(ctx, '/queues/discard', t(ctx, 'queues.discard'), { fields: { queue: j.queue, id: j.id }, cls: 'danger' })}</td></tr>`,
          )}</tbody></table>`
      }</section>
    <section class="card" id="sweeper"><h2>${t(ctx, 'queues.sweeper')}</h2>
      <p class="muted">${t(ctx, 'queues.sweeperHelp', { interval: Math.round(sweep.intervalMs / 1000), stale: Math.round(sweep.staleAfterMs / 60_000) })}</p>
      <table><tbody>
        <tr><th>${t(ctx, 'queues.stalledPosts')}</th><td id="stalled-posts">${sweep.stalledPosts}</td></tr>
        <tr><th>${t(ctx, 'queues.stalledMedia')}</th><td id="stalled-media">${sweep.stalledMediaPosts}</td></tr>
        <tr><th>${t(ctx, 'queues.postsRequeued')}</th><td id="posts-requeued">${sweep.totals.postsRequeued}</td></tr>
        <tr><th>${t(ctx, 'queues.postsFailed')}</th><td id="posts-failed">${sweep.totals.postsFailed}</td></tr>
        <tr><th>${t(ctx, 'queues.mediaRequeued')}</th><td id="media-requeued">${sweep.totals.mediaRequeued}</td></tr>
        <tr><th>${t(ctx, 'queues.lastSweep')}</th><td>${sweep.lastSweepAt ? moment(ctx, sweep.lastSweepAt) : t(ctx, 'queues.never')}</td></tr>
      </tbody></table></section>`;
  return layout(ctx, t(ctx, 'queues.title'), body, flash);
}
