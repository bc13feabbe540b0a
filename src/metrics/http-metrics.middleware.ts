import { Injectable, NestMiddleware } from '@nestjs/common';
import { MetricsService } from './metrics.service';

interface Request {
  method: string;
  route?: { path?: unknown };
}
interface Response {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

/** Times every answer under its route pattern (/api/posts/:id), never its raw path, so ids and typos do not make new series. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: () => void): void {
    const started = performance.now();
    res.on('finish', () => {
      const route = typeof req.route?.path === 'string' ? req.route.path : 'unmatched';
      this.metrics.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, (performance.now() - started) / 1000);
    });
    next();
  }
}
