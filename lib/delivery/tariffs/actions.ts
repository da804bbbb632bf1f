'use server';

import { orgAction } from '@/lib/server/action';
import { createTariff } from './create-tariff';
import { deleteTariff } from './delete-tariff';
import { CreateTariffInput, SetTariffActiveInput, TariffIdInput, UpdateTariffInput } from './schemas';
import { setTariffActive } from './set-tariff-active';
import { updateTariff } from './update-tariff';

export const createTariffAction = orgAction(CreateTariffInput, createTariff);
export const updateTariffAction = orgAction(UpdateTariffInput, updateTariff);
export const setTariffActiveAction = orgAction(SetTariffActiveInput, setTariffActive);
export const deleteTariffAction = orgAction(TariffIdInput, deleteTariff);
