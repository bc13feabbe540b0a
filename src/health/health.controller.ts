import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { QueueService } from '../queue/queue.service';
import { StorePing } from '../store/store.module';

type Check = 'up' | 'down';

/**
 * For orchestrators and load balancers. `live`: the process answers (restart it if not).
 * `ready` and `/health`: MongoDB and Redis answer too (send it work only then).
 */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly store: StorePing,
    private readonly queue: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok', roles: [...this.config.roles] };
  }

  @Get(['', 'ready'])
  async ready(@Res({ passthrough: true }) res: { status(code: number): unknown }) {
    const [mongodb, redis] = await Promise.all([probe(() => this.store.ping()), probe(() => this.queue.ping())]);
    const body = { status: mongodb === 'up' && redis === 'up' ? 'ok' : 'error', roles: [...this.config.roles], checks: { mongodb, redis } };
    // Answered, not thrown: the error filter would make a page of anything but /health and /api.
    if (body.status !== 'ok') res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }
}

async function probe(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([fn(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)))]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
