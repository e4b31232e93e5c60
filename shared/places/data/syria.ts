// The default gazetteer's data as CSV text (a TS module so esbuild bundles it and tsx runs it as is).
import { SYRIA_ADMIN_ROWS } from './syria-admin.ts';
import { SYRIA_PLACE_ROWS } from './syria-places.ts';

export const SYRIA_CSV = `id,kind,name_en,name_ar,aliases,parent_id,pcode,lat,lon
${SYRIA_ADMIN_ROWS}${SYRIA_PLACE_ROWS}`;
