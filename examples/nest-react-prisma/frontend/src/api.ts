const API_URL = import.meta.env.VITE_API_URL ?? '/api';

export interface Order {
  id: string;
  status: 'PENDING' | 'PAID' | 'FULFILLED' | 'CANCELLED';
  totalCents: number;
}

export async function fetchOrder(id: string): Promise<Order> {
  const res = await fetch(`${API_URL}/orders/${id}`);
  if (!res.ok) throw new Error(`GET /orders/${id}: ${res.status}`);
  return res.json();
}

// Product suggestions straight from the browser: the key ends up in the bundle.
export async function suggestProducts(prompt: string): Promise<string[]> {
  const res = await fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${import.meta.env.VITE_OPENAI_API_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }),
  });
  const data = await res.json();
  return String(data.choices?.[0]?.message?.content ?? '').split('\n').filter(Boolean);
}
