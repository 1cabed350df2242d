import { Controller, Get, Header, Inject } from '@nestjs/common';
import { PipelineMetrics } from './pipeline-metrics';

@Controller('metrics')
export class MetricsController {
  constructor(@Inject(PipelineMetrics) private readonly metrics: PipelineMetrics) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
