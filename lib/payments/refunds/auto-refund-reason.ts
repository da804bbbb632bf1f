export const AUTO_REFUND_REASON = 'Paid after the order was cancelled';
