'use server';

import { adminAction } from '@/lib/server/action';
import { importRates } from './import-rates';
import { ImportRatesInput, SetRateInput } from './schemas';
import { setRate } from './set-rate';

export const setRateAction = adminAction(SetRateInput, setRate);
export const importRatesAction = adminAction(ImportRatesInput, importRates);
