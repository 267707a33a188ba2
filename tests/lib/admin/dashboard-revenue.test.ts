import { describe, expect, it } from 'vitest';
import { revenueTooltip } from '@/components/admin/dashboard-charts';
import { formatMoney } from '@/lib/money';

describe('revenue chart', () => {
  it('shows the exact amount formatted on the server, not the float that sizes the bar', () => {
    const exact = '12345678901234567.89';
    const point = {
      day: '2026-11-02',
      dayLabel: '2 Nov',
      revenue: Number(exact),
      revenueLabel: formatMoney(exact, 'USD'),
      sales: 3,
    };
    expect(revenueTooltip(point, 'Revenue')).toEqual(['$12,345,678,901,234,567.89', 'Revenue']);
  });
});
