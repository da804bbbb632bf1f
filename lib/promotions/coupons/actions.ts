'use server';

import { orgAction } from '@/lib/server/action';
import { createCoupon } from './create-coupon';
import { deleteCoupon } from './delete-coupon';
import { CouponIdInput, CreateCouponInput, SetCouponActiveInput, UpdateCouponInput } from './schemas';
import { setCouponActive } from './set-coupon-active';
import { updateCoupon } from './update-coupon';

export const createCouponAction = orgAction(CreateCouponInput, createCoupon);
export const updateCouponAction = orgAction(UpdateCouponInput, updateCoupon);
export const setCouponActiveAction = orgAction(SetCouponActiveInput, setCouponActive);
export const deleteCouponAction = orgAction(CouponIdInput, deleteCoupon);
