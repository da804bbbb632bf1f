export const AUTO_REFUND_REASON = 'Order cancelled: paid amount returned in full';
