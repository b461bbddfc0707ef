import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { Queue } from 'bullmq';
import { PrismaService } from '../prisma/prisma.service';

@Controller('orders')
export class OrdersController {
  constructor(
    private readonly prisma: PrismaService,
    @InjectQueue('fulfilment') private readonly fulfilment: Queue,
  ) {}

  @Get(':id')
  find(@Param('id') id: string) {
    return this.prisma.order.findUniqueOrThrow({ where: { id } });
  }

  @Post()
  async create(@Body() body: { userId: string; totalCents: number }) {
    const order = await this.prisma.order.create({ data: { userId: body.userId, totalCents: body.totalCents } });
    await this.fulfilment.add('fulfil', { orderId: order.id });
    return order;
  }
}
