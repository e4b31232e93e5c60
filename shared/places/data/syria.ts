// The default gazetteer's data as CSV text (a TS module so esbuild bundles it and tsx runs it as is).
import { CITY_NEIGHBOURHOOD_ROWS } from './city-neighbourhoods.ts';
import { EXTRA_NEIGHBOURHOOD_ROWS } from './extra-neighbourhoods.ts';
import { SYRIA_ADMIN_ROWS } from './syria-admin.ts';
import { SYRIA_AREA_ROWS } from './syria-areas.ts';
import { SYRIA_PLACE_ROWS } from './syria-places.ts';

export const SYRIA_CSV = `id,kind,name_en,name_ar,aliases,parent_id,pcode,lat,lon
${SYRIA_ADMIN_ROWS}${SYRIA_PLACE_ROWS}${SYRIA_AREA_ROWS}${CITY_NEIGHBOURHOOD_ROWS}${EXTRA_NEIGHBOURHOOD_ROWS}`;
