import { useQuery } from '@tanstack/react-query';
import { fetchOrder, suggestProducts } from './api';

export function App() {
  const order = useQuery({ queryKey: ['order', 'latest'], queryFn: () => fetchOrder('latest') });
  const suggestions = useQuery({ queryKey: ['suggestions'], queryFn: () => suggestProducts('gift ideas') });

  if (order.isPending) return <p>Loading…</p>;
  if (order.isError) return <p>Could not load your order.</p>;
  return (
    <main>
      <h1>Order {order.data.id}</h1>
      <p>Status: {order.data.status}</p>
      <ul>{suggestions.data?.map((s) => <li key={s}>{s}</li>)}</ul>
    </main>
  );
}
