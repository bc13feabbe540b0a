import { Controller, Get, Res, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../auth/roles.decorator';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsExceptionFilter } from './metrics-exception.filter';
import { MetricsService } from '../metrics/metrics.service';

/** Prometheus text format. Every role serves it; the api role adds the deployment-wide gauges. */
@Controller('metrics')
@Public()
@UseGuards(MetricsAccessGuard)
@UseFilters(MetricsExceptionFilter)
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  async scrape(@Res() res: { type(t: string): { send(body: string): void } }): Promise<void> {
    const { contentType, body } = await this.metrics.render();
    res.type(contentType).send(body);
  }
}
