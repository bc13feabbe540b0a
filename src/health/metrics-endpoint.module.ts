import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OverviewModule } from '../overview/overview.module';
import { ClusterStateMetrics } from './cluster-state.metrics';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsController } from './metrics.controller';

/** GET /metrics: the registry of metrics/ plus the cluster's state (queues, sources, counts), behind its own guard. */
@Module({
  imports: [AuthModule, OverviewModule],
  controllers: [MetricsController],
  providers: [ClusterStateMetrics, MetricsAccessGuard],
})
export class MetricsEndpointModule {}
