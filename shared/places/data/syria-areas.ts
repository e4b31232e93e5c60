// Areas that reports name as places ("الغوطة الشرقية", "ريف إدلب الجنوبي", "سهل الغاب"…) with the towns that lie
// in them as their children, so that a claim placed in the area and one placed in a town of it are related,
// and the town stays within its governorate through the area. An area is not an admin unit: where a town
// is also a sub-district (حرستا، التمانعة), the sub-district keeps its own entry.
// Columns: id,kind,name_en,name_ar,aliases (|-separated),parent_id,pcode,lat,lon
export const SYRIA_AREA_ROWS = `# Eastern Ghouta (Rural Damascus)
eastern-ghouta,area,Eastern Ghouta,الغوطة الشرقية,الغوطة|East Ghouta|Ghouta|Ghuta|Eastern Ghuta|Eastern al-Ghouta|غوطة دمشق الشرقية,SY03,,33.550,36.450
douma,city,Douma,دوما,Duma,eastern-ghouta,,33.570,36.400
harasta,town,Harasta,حرستا,Harasta al-Basal,eastern-ghouta,,33.560,36.370
zamalka,town,Zamalka,زملكا,Zamalka,eastern-ghouta,,33.530,36.360
arbin,town,Arbin,عربين,Irbin,eastern-ghouta,,33.540,36.370
saqba,town,Saqba,سقبا,Saqba,eastern-ghouta,,33.520,36.380
kafr-batna,town,Kafr Batna,كفر بطنا,كفربطنا|Kafarbatna|Kafr Batna,eastern-ghouta,,33.513,36.373
hamouria,town,Hamouria,حمورية,حموريه|Hammouriyeh|Hamouriyeh|Hamuriyah|Hamoria|Hammuriyah,eastern-ghouta,,,
ain-tarma,town,Ain Tarma,عين ترما,Ein Tarma|Ayn Tarma,eastern-ghouta,,,
jisreen,town,Jisreen,جسرين,Jisrin|Jesreen,eastern-ghouta,,,
misraba,town,Misraba,مسرابا,Mesraba|Misraba,eastern-ghouta,,,
beit-sawa,town,Beit Sawa,بيت سوى,بيت سوا|Beit Siwa|Bayt Sawa,eastern-ghouta,,,
madira,town,Madira,مديرا,Mudayra|Mudeira|Modira,eastern-ghouta,,,
shifuniya,town,Al-Shifuniya,الشيفونية,شيفونية|Shifuniyah|Shifonia|al-Shifuniyah,eastern-ghouta,,,
otaya,town,Otaya,أوتايا,اوتايا|Utaya,eastern-ghouta,,,
nashabiyah,town,Nashabiyah,النشابية,نشابية|al-Nashabiyah|Nashabiyeh,eastern-ghouta,,,
hazza,town,Hazza,حزة,Hazzeh|Hazeh,eastern-ghouta,,,
mohammadiyeh,town,Muhammadiyah,المحمدية,Muhammadiyeh|al-Muhammadiyah,eastern-ghouta,,,
# Idlib: the southern countryside, Jabal al-Zawiya in it, and the towns along the M4 and M5 highways
southern-idlib-countryside,area,Southern Idlib countryside,ريف إدلب الجنوبي,ريف ادلب الجنوبي|جنوب إدلب|southern Idlib|southern Idlib countryside|south Idlib|southern Idleb,SY07,,,
jabal-al-zawiya,area,Jabal al-Zawiya,جبل الزاوية,Jabal Zawiya|Jebel Zawiya|Jabal al-Zawiyah|Jebel al-Zawiya,southern-idlib-countryside,,35.700,36.530
maarat-al-numan,city,Maarat al-Numan,معرة النعمان,المعرة|Ma'arrat al-Nu'man|Maaret al-Numan|Maarrat al-Numan|Maarat Al-Nouman|Ma'arat al-Numan|Maarat al Numan|Maarrat an-Numan|Maarat al-Nuaman|Maarat an-Numan|Maarat al-Noman,southern-idlib-countryside,,35.640,36.670
khan-sheikhoun,town,Khan Sheikhoun,خان شيخون,Khan Shaykhun|Khan Sheikhun|Khan Shaykun|Khan Shaikhoun|Khan Shaykhoun,southern-idlib-countryside,,35.440,36.650
kafr-nabl,town,Kafr Nabl,كفرنبل,كفر نبل|Kafranbel|Kafr Nabel|Kafr Nobol|Kfar Nabl|Kafrnabel|Kafr Nubl,southern-idlib-countryside,,35.614,36.561
hish,village,Hish,حيش,Heish|Haish|Heesh,southern-idlib-countryside,,35.550,36.640
jarjanaz,town,Jarjanaz,جرجناز,Jarjnaz|Jirjnaz,southern-idlib-countryside,,35.596,36.780
tamanaah,town,Al-Tamanaah,التمانعة,تمانعة|Tamanah|al-Tamanah|Tamanaa,southern-idlib-countryside,,,
kafr-sajna,village,Kafr Sajna,كفرسجنة,كفر سجنة|Kafrsajna|Kafr Sijna,southern-idlib-countryside,,,
maar-shurin,village,Maar Shurin,معرشورين,معر شورين|Maarshourin|Maar Shoreen,southern-idlib-countryside,,,
talmenes,village,Talmenes,تلمنس,Talmans|Tal Mannas|Tell Mannas,southern-idlib-countryside,,,
hbeit,village,Al-Hbeit,الهبيط,هبيط|Hobait|Habit|al-Habeet,southern-idlib-countryside,,,
has,village,Has,حاس,Haas,southern-idlib-countryside,,,
kafruma,village,Kafruma,كفروما,كفر روما|Kafr Roma|Kafrouma,southern-idlib-countryside,,,
maarat-harma,village,Maarat Harma,معرة حرمة,معرة حرمه|Maaret Hurma|Maarat Hurma,southern-idlib-countryside,,,
kansafra,village,Kansafra,كنصفرة,كنسفرة|Kensafra,jabal-al-zawiya,,,
al-bara,village,Al-Bara,البارة,Bara|al-Barah,jabal-al-zawiya,,,
kafr-owaid,village,Kafr Owaid,كفرعويد,كفر عويد|Kafr Awid|Kafrouaid,jabal-al-zawiya,,,
sfuhen,village,Sfuhen,سفوهن,Sufuhun|Sfouhen,jabal-al-zawiya,,,
fatira,village,Al-Fatira,الفطيرة,فطيرة|Fateera|al-Futayra,jabal-al-zawiya,,,
marayan,village,Marayan,مرعيان,Mireyan|Maraian,jabal-al-zawiya,,,
balyun,village,Balyun,بليون,Balyoun|Bilyun,jabal-al-zawiya,,,
iblin,village,Iblin,ابلين,إبلين|Ablin,jabal-al-zawiya,,,
mhambal,town,Mhambal,محمبل,Muhambal|Mahambel,SY070502,,,
bsanqul,village,Bsanqul,بسنقول,Basanqul|Bsenkoul,SY070502,,,
urum-al-jawz,village,Urum al-Jawz,أورم الجوز,اورم الجوز|Orm al-Jawz|Ourem al-Joz,SY070500,,,
qminas,village,Qminas,قميناس,Qmenas|Kmenas,SY070006,,,
abu-al-duhur,town,Abu al-Duhur,أبو الظهور,ابو الظهور|Abu al-Dhuhur|Abu al-Zuhur|Abu Dhuhur,SY070001,,,
# Northern Hama countryside and the Ghab plain
northern-hama-countryside,area,Northern Hama countryside,ريف حماة الشمالي,ريف حماه الشمالي|شمال حماة|northern Hama|northern Hama countryside|north Hama,SY05,,,
latamneh,town,Latamneh,اللطامنة,لطامنة|Al-Lataminah|Lataminah|Latamna|al-Latamneh,northern-hama-countryside,,35.320,36.620
kafr-zita,town,Kafr Zita,كفرزيتا,كفر زيتا|Kafr Zeita|Kafrzita|Kafr Zeta|Kafr Zayta,northern-hama-countryside,,35.374,36.603
morek,town,Morek,مورك,Murek|Mork|Mourek,northern-hama-countryside,,35.200,36.690
suran-hama,town,Suran,صوران,Souran|Sawran,northern-hama-countryside,,35.292,36.748
kafr-nabuda,town,Kafr Nabuda,كفرنبودة,كفر نبودة|Kafr Nabudah|Kafrnbouda|Kafr Nbuda,northern-hama-countryside,,,
taybat-al-imam,town,Taybat al-Imam,طيبة الإمام,طيبة الامام|Tayibat al-Imam|Taibet al-Imam,northern-hama-countryside,,,
halfaya,town,Halfaya,حلفايا,Halfaiya|Helfaya,northern-hama-countryside,,,
maan-hama,village,Maan,معان,Ma'an,northern-hama-countryside,,,
lahaya,village,Al-Lahaya,اللحايا,لحايا|Lahaya,northern-hama-countryside,,,
lataminah-zaka,village,Al-Zaka,الزكاة,زكاة|Zakat|al-Zakah,northern-hama-countryside,,,
muhradah,town,Muhradah,محردة,Mhardeh|Mahardah|Muhardeh,SY050500,,,
ghab-plain,area,Al-Ghab plain,سهل الغاب,Ghab plain|al-Ghab plain|Ghab Plain|al-Ghab Plain|Sahl al-Ghab,SY05,,35.650,36.350
qalaat-al-madiq,town,Qalaat al-Madiq,قلعة المضيق,Qalat al-Madiq|Qalaat al-Mudiq|Qal'at al-Madiq,ghab-plain,,,
huwayz,village,Al-Huwayz,الحويز,حويز|Huwaiz|al-Huwiz,ghab-plain,,,
huwayjah-ghab,village,Al-Huwayjah,الحويجة,Huwayja|al-Huwaija,ghab-plain,,,
tuwayna,village,Al-Tuwayna,التوينة,توينة|Tuwaynah,ghab-plain,,,
qastun,village,Qastun,قسطون,Qastoun|Kastoun,ghab-plain,,,
jurin,village,Jurin,جورين,Joureen|Jourin,ghab-plain,,,
# Wadi Barada and the Qalamoun (Rural Damascus)
wadi-barada,area,Wadi Barada,وادي بردى,Barada valley|Wadi Barada valley,SY03,,33.630,36.140
ain-al-fijah,village,Ain al-Fijah,عين الفيجة,Ein al-Fijeh|Ain al-Fija|Ayn al-Fijah,wadi-barada,,,
basima,village,Basima,بسيمة,Bassima|Bseimeh,wadi-barada,,,
deir-qanun,village,Deir Qanun,دير قانون,Deir Qanoun,wadi-barada,,,
deir-muqarrin,village,Deir Muqarrin,دير مقرن,Deir Mqaren,wadi-barada,,,
kafr-al-zayt,village,Kafr al-Zayt,كفر الزيت,Kafr al-Zeit,wadi-barada,,,
ain-al-khadra,village,Ain al-Khadra,عين الخضرة,Ein al-Khadra,wadi-barada,,,
qalamoun,area,Qalamoun,القلمون,جبال القلمون|Qalamoun mountains|al-Qalamoun|Qalamun,SY03,,33.900,36.600
eastern-qalamoun,area,Eastern Qalamoun,القلمون الشرقي,East Qalamoun|eastern Qalamoun,qalamoun,,,
western-qalamoun,area,Western Qalamoun,القلمون الغربي,West Qalamoun|western Qalamoun,qalamoun,,,
yabroud,town,Yabroud,يبرود,Yabrud,qalamoun,,34.000,36.660
nabk,town,Al-Nabk,النبك,Nabk|an-Nabk,qalamoun,,34.020,36.730
deir-atiyah,town,Deir Atiyah,دير عطية,Deir Attiyeh|Dayr Atiyah,qalamoun,,,
qara,town,Qara,قارة,Qarah|Kara,qalamoun,,,
rankous,town,Rankous,رنكوس,Ranqus|Rankus,qalamoun,,,
assal-al-ward,village,Assal al-Ward,عسال الورد,Asal al-Ward,qalamoun,,,
flita,village,Flita,فليطة,Fleita|Falita,qalamoun,,,
jayroud,town,Jayroud,جيرود,Jirud|Jairoud|Jayrud,eastern-qalamoun,,,
ruhaybah,town,Al-Ruhaybah,الرحيبة,رحيبة|Ruhaybeh|al-Ruhaiba|Ruheibeh,eastern-qalamoun,,,
`;
