import { DeliveryRatingForm } from '@/components/storefront/tracking/delivery-rating-form';
import type { Organization } from '@/db/schema';
import { rateDeliveryAction } from '@/lib/storefront/delivery-rating/actions';
import { cancelShopperOrderAction, reorderAction, startOrderPaymentAction } from '@/lib/storefront/orders/actions';
import type { ShopperOrderDetail } from '@/lib/storefront/orders/order-detail';
import type { OrderAccessInput } from '@/lib/storefront/orders/schemas';
import { OrderActions } from './order-actions';
import { OrderDetailView } from './order-detail-view';

type Props = {
  site: string;
  org: Organization;
  detail: ShopperOrderDetail;
  access: OrderAccessInput;
  confirmation: boolean;
  paymentCancelled: boolean;
};

/** The order page shared by the link (guests) and the account: the detail and its actions, bound to this store and order. */
export function ShopperOrderPage({ site, org, detail, access, confirmation, paymentCancelled }: Props) {
  const delivered = detail.delivery?.status === 'delivered';
  return (
    <OrderDetailView
      detail={detail}
      locale={org.defaultLocale}
      timeZone={org.timezone}
      confirmation={confirmation}
      paymentCancelled={paymentCancelled}
      actions={
        <OrderActions
          orderNumber={detail.order.number}
          canCancel={detail.canCancel}
          canPay={detail.canPay}
          paid={detail.order.paymentStatus === 'paid' || detail.order.paymentStatus === 'partially_refunded'}
          access={access}
          cancelAction={cancelShopperOrderAction.bind(null, site)}
          reorderAction={reorderAction.bind(null, site)}
          payAction={startOrderPaymentAction.bind(null, site)}
        />
      }
      deliveryRating={
        delivered && <DeliveryRatingForm access={access} action={rateDeliveryAction.bind(null, site)} rating={detail.delivery?.rating ?? null} />
      }
    />
  );
}
