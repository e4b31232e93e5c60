// Hand-written towns, villages, neighbourhoods and areas (not in OCHA's admin tables), with approximate
// coordinates (±5 km) and their sub-district (P-code) or town as parent. Eastern Syria is covered village by
// village along the Euphrates; elsewhere the cities and towns that war reporting names most.
// Columns: id,kind,name_en,name_ar,aliases (|-separated),parent_id,pcode,lat,lon
export const SYRIA_PLACE_ROWS = `# Deir ez-Zor governorate
deir-ez-zor-city,city,Deir ez-Zor,دير الزور,ديرالزور|Deir Ezzor|Deir al-Zor|Deir al-Zour|Deir el-Zor|Deir el-Zour|Dayr az-Zawr|Deir-ez-Zor|Deir Alzour|Deir Azzor,SY090100,,35.336,40.141
hajin,town,Hajin,هجين,Hajeen|Hajine,SY090201,,34.694,40.831
hawama,neighbourhood,Hawama,الحوامة,حي الحوامة|al-Hawama|Hawamah,hajin,,34.690,40.826
abu-al-hassan,village,Abu al-Hassan,أبو الحسن,البوحسن|أم الحسن|ابو حسن|Albu Hasan|Abu al-Hasan|Abu Hassan|Albu Hassan|Al-Bu Hassan,hajin,,34.665,40.858
safafina,village,Al Safafina,السفافنة,سفافنة|Safafina|al-Safafinah,hajin,,34.675,40.850
gharanij,town,Gharanij,غرانيج,Gharaneej|al-Gharanij|Ghranij,SY090201,,34.780,40.730
kishma,village,Kishma,الكشمة,كشمة|al-Kishma|Kishmah,SY090201,,34.810,40.690
abu-hamam,town,Abu Hamam,أبو حمام,ابو حمام|Abu Hammam|Abu Hamaam,SY090201,,34.840,40.650
bahra,village,Al Bahra,البحرة,بحرة|Bahra|al-Bahrah,SY090201,,34.740,40.790
susah,town,Susah,السوسة,سوسة|al-Susah|Al Soussa|Soussa|Sousa|As Susah|Al Susah|al-Sousa,SY090203,,34.560,40.910
shafa,town,Shafa,الشعفة,شعفة|al-Shafa|Shaafa|Al Sha'afa|Sha'fa|Ash Sha'fah|Al-Shaafa,SY090203,,34.620,40.880
marashida,village,Al Marashida,المراشدة,مراشدة|Marashida|al-Marashdeh|Marashdeh,SY090203,,34.580,40.900
baghuz-fawqani,village,Baghuz Fawqani,الباغوز فوقاني,الباغوز|باغوز|باغوز فوقاني|الباغوز الفوقاني|Baghuz|Baghouz|al-Baghuz|al-Baghuz Fawqani|Baghouz Fawqani|Baghuz al-Fawqani,SY090203,,34.470,40.960
baghuz-tahtani,village,Baghuz Tahtani,الباغوز تحتاني,الباغوز التحتاني|باغوز تحتاني|al-Baghuz Tahtani|Baghouz Tahtani|Baghuz al-Tahtani,SY090203,,34.440,40.990
shajla,village,Al Shajla,الشجلة,شجلة|Shajla|al-Shajlah,SY090203,,34.510,41.000
al-bukamal,city,Al Bukamal,البوكمال,بوكمال|أبو كمال|Abu Kamal|Albukamal|Bukamal|Boukamal|Abukamal|Al-Bukamal,SY090200,,34.453,40.918
sayyal,village,Al Sayyal,السيال,سيال|Sayyal|al-Sayyal|Al Siyal,SY090202,,34.570,40.780
mayadin,city,Mayadin,الميادين,al-Mayadin|Al Mayadin|Mayadeen|al-Mayadeen,SY090300,,35.018,40.451
quriya,town,Al Quriya,القورية,قورية|Quriya|Quriyah|al-Quriyah|Qouriya,SY090302,,34.970,40.510
ashara,town,Ashara,العشارة,عشارة|al-Ashara|Al Asharah|Ashareh,SY090302,,34.920,40.560
shuheil,town,Shuheil,الشحيل,شحيل|al-Shuhayl|Shuhail|Al Shuhail,SY090301,,35.050,40.530
tayyana,village,Al Tayyana,الطيانة,طيانة|Tayyana|al-Tayana,SY090301,,35.010,40.570
busayrah,town,Busayrah,البصيرة,بصيرة|al-Busayrah|Busaira|Busayra|Al Busayrah,SY090102,,35.156,40.430
buleel,village,Al Buleel,البوليل,بوليل|Buleel|al-Bulayl|Bulayl|Al Bulail,SY090102,,35.070,40.390
muhasan,town,Muhasan,موحسن,Mohassan|Muhassan,SY090103,,35.220,40.300
# Hasakah governorate
hasakah-city,city,Hasakah,الحسكة,Hasaka|al-Hasakah|Hassakeh|Al-Hasakeh|Hasakeh,SY080000,,36.500,40.750
al-hol,town,Al-Hol,الهول,مخيم الهول|al-Hawl|Hol|al-Hol camp,SY080006,,36.390,41.150
shaddadi,town,Shaddadi,الشدادي,شدادي|al-Shaddadi|Shadadi|Shaddadeh,SY080002,,36.060,40.730
dashisha,village,Dashisha,الدشيشة,دشيشة|al-Dashisha|Dashishah,SY080002,,35.980,41.270
jaza,village,Jaza,الجزعة,Jaza'a|al-Jazaa|Jazaa,SY080002,,36.100,41.300
qamishli,city,Qamishli,القامشلي,قامشلي|قامشلو|Qamişlo|Qamishlo|Kamishli|Qamishly|Qamishlou|Al-Qamishli,SY080200,,37.050,41.220
ras-al-ain,town,Ras al-Ain,رأس العين,سري كانيه|سري كانييه|سرى كانيه|Serêkaniyê|Ras al-Ayn|Serekaniye|Ras Al Ain|Ras al Ayn|Ras al-Ein|Ras el-Ain|Sere Kaniye,SY080400,,36.850,40.070
malikiyah,town,Al-Malikiyah,المالكية,ديريك|ديرك|Derik|Dêrik|al-Malikiyah|Malikiyah,SY080300,,,
qahtaniyah,town,Al-Qahtaniyah,القحطانية,قحطانية|تربه سبي|تربة سبي|تربسبي|Tirbespiyê|Qahtaniyah|al-Qahtaniyah,SY080203,,37.034,41.229
jawadiyah,town,Al-Jawadiyah,الجوادية,جوادية|جل آغا|جلآغا|Çil Axa|Jal Agha|Jawadiyah|al-Jawadiyah,SY080301,,37.000,41.700
amuda,town,Amuda,عامودا,Amude|Amouda|Amudah,SY080202,,37.104,40.930
abu-rasin,town,Abu Rasin,أبو راسين,ابو راسين|زركان|Zarkan|Abu Rassin|Abu Rasen,SY080400,,36.870,40.380
darbasiyah,town,Darbasiyah,الدرباسية,درباسية|Derbasiyeh|al-Darbasiyah|Darbasiyeh|Dirbesiye,SY080401,,37.072,40.652
tal-tamr,town,Tal Tamr,تل تمر,Tell Tamer|Tal Tamer|Tel Tamr|Tell Tamr,SY080001,,36.650,40.372
markada,town,Markada,مركدة,Markadah|Margada,SY080003,,35.750,40.780
# Raqqa governorate
raqqa-city,city,Raqqa,الرقة,al-Raqqa|Ar-Raqqa|Rakka|Raqqah,SY110100,,35.950,39.010
tabqa,city,Tabqa,الطبقة,طبقة|al-Tabqa|Tabqah|At-Tabqah,SY110300,,35.840,38.550
tal-abyad,town,Tal Abyad,تل أبيض,كري سبي|گري سبي|كرى سبي|Gire Spi|Tell Abyad|Tal Abiad|Tell Abiad|Tel Abyad|Girê Spî,SY110200,,36.700,38.950
ain-issa,town,Ain Issa,عين عيسى,Ain Eissa|Ayn Issa,SY110202,,36.390,38.860
suluk,town,Suluk,سلوك,Suluq|Sluk|Saluk,SY110201,,36.610,39.190
# Aleppo governorate
aleppo-city,city,Aleppo,حلب,Halab,SY020000,,36.202,37.158
afrin,city,Afrin,عفرين,Efrin|Efrîn,SY020300,,36.510,36.870
manbij,city,Manbij,منبج,Menbij|Membij,SY020500,,36.530,37.950
kobani,city,Kobani,عين العرب,كوباني|كوبانى|Kobanî|Kobane|Ain al-Arab|Ayn al-Arab,SY020600,,36.890,38.350
al-bab,city,Al-Bab,الباب,al Bab,SY020200,,36.370,37.520
jinderes,town,Jinderes,جنديرس,جندريس|Jindires|Jandairis|Cindirês|Jindiris,SY020302,,,
raju,town,Raju,راجو,Rajo,SY020303,,,
sheikh-al-hadid,town,Sheikh al-Hadid,شيخ الحديد,الشيخ الحديد|شيه|Shiye|Şiyê|Sheikh Hadid,SY020305,,,
mabatli,town,Maabatli,معبطلي,Mabatli|Mabeta|Mabeta,SY020306,,,
bulbul,town,Bulbul,بلبل,Bilbile,SY020301,,,
sharan,town,Sharran,شران,Sheran|Shera,SY020304,,,
jarablus,town,Jarablus,جرابلس,Jarabulus,SY020800,,36.820,38.010
azaz,town,Azaz,اعزاز,إعزاز|A'zaz|I'zaz,SY020400,,36.590,37.050
atarib,town,Atarib,الأتارب,أتارب|الاتارب|al-Atarib|Al Atarib|Atareb|Al-Atareb,SY020001,,36.138,36.830
tal-rifaat,town,Tal Rifaat,تل رفعت,Tell Rifaat|Tal Refaat|Tall Rifaat|Tel Rifaat|Tal Rifat,SY020402,,36.470,37.097
suran-aleppo,town,Suran,صوران,Sawran,SY020405,,36.470,37.210
# Idlib governorate
idlib-city,city,Idlib,إدلب,Idleb|Edlib,SY070000,,35.930,36.630
saraqib,town,Saraqib,سراقب,Saraqeb,SY070003,,35.860,36.800
jisr-al-shughur,city,Jisr al-Shughur,جسر الشغور,Jisr ash-Shughur|Jisr al-Shughour|Jisr Al Shughur,SY070400,,35.810,36.320
ariha,city,Ariha,أريحا,اريحا|Areeha,SY070500,,35.810,36.610
binnish,town,Binnish,بنش,Binish|Bennsh|Benesh|Binnesh,SY070002,,35.957,36.711
sarmin,town,Sarmin,سرمين,Sarmeen|Sermin,SY070006,,35.904,36.725
taftanaz,town,Taftanaz,تفتناز,Teftnaz,SY070004,,35.998,36.785
maarat-misrin,town,Maarat Misrin,معرة مصرين,معرتمصرين|معرة تمصرين|Maaret Misrin|Maarrat Misrin|Ma'arat Misrin|Maaret Misreen|Maarat Tamsrin,SY070005,,36.013,36.674
dana,town,Dana,دانا,الدانا|al-Dana|Ad-Dana,SY070301,,36.213,36.772
sarmada,town,Sarmada,سرمدا,Sarmadah,SY070301,,36.180,36.722
atmeh,village,Atmeh,أطمة,اطمة|Atma|Atmah|Atme,SY070301,,36.210,36.680
harem,town,Harem,حارم,Harim,SY070300,,36.207,36.519
salqin,town,Salqin,سلقين,Salqeen|Salkin,SY070302,,36.138,36.451
darkush,town,Darkush,دركوش,Darkoush|Darkosh|Darkouch,SY070402,,35.994,36.389
# Hama governorate
mabouja,village,Al-Mabouja,المبعوجة,مبعوجة|al-Mab'uja|Mabouja|al-Mabuja|Mabujah,SY050300,,35.130,37.430
hama-city,city,Hama,حماة,Hamah,SY050100,,35.130,36.750
# Homs governorate
homs-city,city,Homs,حمص,Hims,SY040100,,34.730,36.710
palmyra,city,Palmyra,تدمر,Tadmur|Tadmor,SY040500,,34.560,38.280
houla,area,Houla,الحولة,al-Houla|Hula|Al Hula,SY040101,,34.880,36.530
qusayr,town,Qusayr,القصير,al-Qusayr|Qusair,SY040200,,34.510,36.580
rastan,town,Rastan,الرستن,al-Rastan|Ar-Rastan,SY040400,,34.920,36.730
# Damascus and Rural Damascus
damascus-city,city,Damascus,دمشق,Dimashq,SY010000,,33.513,36.292
yarmouk-camp,neighbourhood,Yarmouk camp,مخيم اليرموك,Yarmouk|al-Yarmouk camp,damascus-city,,33.470,36.300
jaramana,city,Jaramana,جرمانا,Jaramanah|Jaramaneh,SY030103,,33.486,36.346
darayya,city,Darayya,داريا,Daraya,SY030900,,33.460,36.240
muadamiya,town,Muadamiyat al-Sham,معضمية الشام,المعضمية|معضمية|Moadamiyeh|Muadamiya|Moadamiya|Muadhamiyat al-Sham|Moadamiyat al-Sham|al-Moadamiyeh,SY030900,,33.461,36.193
zabadani,town,Zabadani,الزبداني,az-Zabadani|Al-Zabadani,SY030700,,33.720,36.100
# South and coast
daraa-city,city,Daraa,درعا,Deraa|Dar'a|Dera'a,SY120000,,32.620,36.100
bosra,town,Bosra,بصرى الشام,Busra al-Sham|Bosra al-Sham|Busra|Busra ash-Sham|Bosra ash-Sham,SY120001,,32.517,36.482
nawa,city,Nawa,نوى,,SY120303,,32.889,36.043
jasim,town,Jasim,جاسم,Jassem|Jasem,SY120301,,32.992,36.060
inkhil,town,Inkhil,انخل,إنخل|Inkhel,SY120200,,33.017,36.127
musayfirah,town,Al-Musayfirah,المسيفرة,مسيفرة|Musayfirah|Musayfira|Museifra|Msayfra|al-Museifrah|Al Musayfira|al-Musayfirah,SY120007,,,
tafas,town,Tafas,طفس,Tafs,SY120005,,32.737,36.068
busra-al-harir,town,Busra al-Harir,بصر الحرير,بصرى الحرير|Busr al-Harir|Bosra al-Harir|Busr al-Hariri,SY120300,,32.842,36.343
sweida-city,city,Sweida,السويداء,Suwayda|As-Suwayda|As-Sweida,SY130000,,32.710,36.570
quneitra-city,town,Quneitra,القنيطرة,al-Quneitra,SY140000,,33.130,35.820
latakia-city,city,Latakia,اللاذقية,Lattakia|Ladhiqiyah,SY060000,,35.520,35.790
qardaha,town,Qardaha,القرداحة,al-Qardaha|Kardaha,SY060400,,35.450,36.060
tartus-city,city,Tartus,طرطوس,Tartous|Tortosa,SY100000,,34.890,35.890
`;
