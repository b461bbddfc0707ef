import { OrdersController } from './orders.controller';

describe('OrdersController', () => {
  it('queues fulfilment for a new order', async () => {
    const created = { id: 'o1', userId: 'u1', totalCents: 1200 };
    const prisma = { order: { create: jest.fn().mockResolvedValue(created) } };
    const queue = { add: jest.fn() };
    const controller = new OrdersController(prisma as never, queue as never);

    await expect(controller.create({ userId: 'u1', totalCents: 1200 })).resolves.toEqual(created);
    expect(queue.add).toHaveBeenCalledWith('fulfil', { orderId: 'o1' });
  });
});
