import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { QueueService } from '../queue/queue.service';

type Check = 'up' | 'down';

/** For orchestrators and load balancers: says only whether our dependencies answer. */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly queue: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async check() {
    const [mongodb, redis] = await Promise.all([
      probe(async () => {
        await this.mongo.db?.admin().ping();
        if (!this.mongo.db) throw new Error('not connected');
      }),
      probe(() => this.queue.ping()),
    ]);
    const body = { status: mongodb === 'up' && redis === 'up' ? 'ok' : 'error', roles: [...this.config.roles], checks: { mongodb, redis } };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
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
