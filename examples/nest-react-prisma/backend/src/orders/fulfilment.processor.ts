import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { PrismaService } from '../prisma/prisma.service';

@Processor('fulfilment')
export class FulfilmentProcessor extends WorkerHost {
  constructor(private readonly prisma: PrismaService) {
    super();
  }

  async process(job: Job<{ orderId: string }>): Promise<void> {
    await this.prisma.order.update({ where: { id: job.data.orderId }, data: { status: 'FULFILLED' } });
  }
}
