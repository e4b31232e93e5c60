// Neighbourhoods that war reports name and OCHA's 2016 city table lacks (it lists Raqqa's and Deir ez-Zor's
// districts by their post-2000 names, and not Homs's or Idlib's best known). Hand-written; parent is the city.
// Names are facts; where we could not check a neighbourhood's own point it carries its city's (within ±5 km).
// Columns: id,kind,name_en,name_ar,aliases (|-separated),parent_id,pcode,lat,lon
export const EXTRA_NEIGHBOURHOOD_ROWS = `# Aleppo
aleppo-bab-al-nayrab,neighbourhood,Bab al-Nayrab,باب النيرب,Bab al-Nairab|Bab al-Nerab,aleppo-city,,36.202,37.158
aleppo-mashhad,neighbourhood,Al-Mashhad,المشهد,Mashhad,aleppo-city,,36.202,37.158
aleppo-jubb-al-qubba,neighbourhood,Jubb al-Qubba,جب القبة,Jeb al-Qubbeh|Jubb al-Qubbah,aleppo-city,,36.202,37.158
aleppo-tariq-al-bab,neighbourhood,Tariq al-Bab,طريق الباب,Tareeq al-Bab|Tariq al Bab,aleppo-city,,36.202,37.158
aleppo-amiriya,neighbourhood,Al-Amiriya,العامرية,Amiriyah|Ameriya,aleppo-city,,36.202,37.158
aleppo-bani-zaid,neighbourhood,Bani Zaid,بني زيد,Bani Zeid,aleppo-city,,36.202,37.158
aleppo-bab-al-hadid,neighbourhood,Bab al-Hadid,باب الحديد,Bab al-Hadeed,aleppo-city,,36.202,37.158
aleppo-qadi-askar,neighbourhood,Qadi Askar,قاضي عسكر,Qadi Askar,aleppo-city,,36.202,37.158
aleppo-karm-al-tarrab,neighbourhood,Karm al-Tarrab,كرم الطراب,Karm al-Trab,aleppo-city,,36.202,37.158
aleppo-sheikh-lutfi,neighbourhood,Sheikh Lutfi,الشيخ لطفي,Sheikh Lotfi,aleppo-city,,36.202,37.158
aleppo-maadi,neighbourhood,Al-Maadi,المعادي,Maadi,aleppo-city,,36.202,37.158
aleppo-rashidin,neighbourhood,Al-Rashidin,الراشدين,Rashideen|Rashidin,aleppo-city,,36.202,37.158
aleppo-old-city,neighbourhood,Old City of Aleppo,حلب القديمة,Old Aleppo|old city of Aleppo,aleppo-city,,36.202,37.158
# Raqqa
raqqa-rumaila,neighbourhood,Al-Rumaila,الرميلة,Rumaila|Rumeila|Rmeileh|al-Rumeila,raqqa-city,,35.950,39.010
raqqa-mashlab,neighbourhood,Al-Mashlab,المشلب,Mashlab|Mishlab|al-Meshlab,raqqa-city,,35.950,39.010
raqqa-thakna,neighbourhood,Al-Thakna,الثكنة,Thakna|al-Thakana|Sakna,raqqa-city,,35.950,39.010
raqqa-badu,neighbourhood,Hay al-Badu,حي البدو,البدو|al-Badu|Badu,raqqa-city,,35.950,39.010
raqqa-sinaa,neighbourhood,Al-Sinaa,الصناعة,Sinaa|al-Senaa|industrial district,raqqa-city,,35.950,39.010
raqqa-jazra,neighbourhood,Al-Jazra,الجزرة,Jazra|al-Jazrah,raqqa-city,,35.950,39.010
raqqa-sabahiya,neighbourhood,Al-Sabahiya,السباهية,Sabahiya|al-Sbahiya,raqqa-city,,35.950,39.010
raqqa-old-city,neighbourhood,Old City of Raqqa,الرقة القديمة,Old Raqqa,raqqa-city,,35.950,39.010
# Deir ez-Zor
deir-jubaila,neighbourhood,Al-Jubaila,الجبيلة,Jubaila|Jbeileh|al-Jbeila,deir-ez-zor-city,,35.336,40.141
deir-ardi,neighbourhood,Al-Ardi,العرضي,Ardi|al-Ourdi,deir-ez-zor-city,,35.336,40.141
deir-huwayqa,neighbourhood,Al-Huwayqa,الحويقة,Huwayqa|Hawiqa|al-Howeiqa,deir-ez-zor-city,,35.336,40.141
deir-muwazzafin,neighbourhood,Al-Muwazzafin,الموظفين,Muwazafin|al-Mowazafeen,deir-ez-zor-city,,35.336,40.141
deir-sinaa,neighbourhood,Al-Sinaa,الصناعة,Sinaa,deir-ez-zor-city,,35.336,40.141
deir-kanamat,neighbourhood,Al-Kanamat,الكنامات,Kanamat,deir-ez-zor-city,,35.336,40.141
deir-ummal,neighbourhood,Al-Ummal,العمال,Ummal|Workers' district,deir-ez-zor-city,,35.336,40.141
deir-huwayjat-saqr,neighbourhood,Huwayjat Saqr,حويجة صكر,Howeijat Saker|Huwaijat Sakr,deir-ez-zor-city,,35.336,40.141
# Homs
homs-inshaat,neighbourhood,Al-Inshaat,الإنشاءات,الانشاءات|Inshaat|al-Insha'at,homs-city,,34.730,36.710
homs-qarabis,neighbourhood,Al-Qarabis,القرابيص,Qarabis|al-Qrabis,homs-city,,34.730,36.710
homs-old-city,neighbourhood,Old City of Homs,حمص القديمة,Old Homs|old city of Homs,homs-city,,34.730,36.710
homs-jouret-al-arayis,neighbourhood,Jouret al-Arayes,جورة العرايس,Jouret al-Arais,homs-city,,34.730,36.710
# Hama
hama-hader,neighbourhood,Al-Hader,الحاضر,Hader|al-Hadher,hama-city,,35.130,36.750
hama-arbaeen,neighbourhood,Al-Arbaeen,الأربعين,Arbaeen|al-Arbain,hama-city,,35.130,36.750
hama-tariq-halab,neighbourhood,Tariq Halab,طريق حلب,Tareeq Halab,hama-city,,35.130,36.750
# Idlib city (OCHA lists Idlib's neighbourhoods only as directions)
idlib-dubait,neighbourhood,Al-Dubait,الضبيط,Dubeit|al-Dbeit,idlib-city,,35.930,36.630
idlib-sheikh-thalath,neighbourhood,Al-Sheikh Thalath,الشيخ ثلث,Sheikh Thalith,idlib-city,,35.930,36.630
idlib-qusur,neighbourhood,Al-Qusur,القصور,Qusur,idlib-city,,35.930,36.630
idlib-thawra,neighbourhood,Al-Thawra,الثورة,Thawra,idlib-city,,35.930,36.630
# Daraa
daraa-al-balad,neighbourhood,Daraa al-Balad,درعا البلد,Daraa al Balad|Deraa al-Balad|Dara'a al-Balad,daraa-city,,32.612,36.101
daraa-al-mahatta,neighbourhood,Daraa al-Mahatta,درعا المحطة,Daraa al Mahatta|Deraa al-Mahatta,daraa-city,,32.625,36.104
daraa-tariq-al-sadd,neighbourhood,Tariq al-Sadd,طريق السد,Tareeq al-Sadd,daraa-city,,32.620,36.100
daraa-camp,neighbourhood,Daraa camp,مخيم درعا,Daraa refugee camp,daraa-city,,32.620,36.100
# Damascus
damascus-dwelaa,neighbourhood,Al-Dwelaa,الدويلعة,Dweilaa|Duwayla,damascus-city,,33.513,36.292
damascus-palestine-camp,neighbourhood,Palestine camp,مخيم فلسطين,Falastin camp,damascus-city,,33.513,36.292
`;
