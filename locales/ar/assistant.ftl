## assistant
## مساعد الرحلات: ما يمكن فعله قرب الإقامة، والإقامات المشابهة، ودليل المضيف، وخطة الرحلة،
## و«مختارة لك»، وسجل البحث.

## أنواع الأماكن وصفاتها
assistant-category-food = طعام وشراب
assistant-category-museum = متاحف
assistant-category-sight = معالم
assistant-category-outdoors = في الهواء الطلق
assistant-category-nightlife = حياة ليلية
assistant-category-shopping = تسوق
assistant-category-family = للأطفال
assistant-category-wellness = عافية واسترخاء
assistant-category-culture = ثقافة وعروض
assistant-origin-guidebook = اختيار المضيف
assistant-origin-haven = قائمة Haven
assistant-price-free = مجاني
assistant-price-inexpensive = € (رخيص)
assistant-price-very-expensive = €€€€ (غالٍ جدًا)
assistant-indoors = داخلي
assistant-outdoors = في الهواء الطلق
assistant-good-for-children = مناسب للأطفال
assistant-km = { $km } كم
assistant-km-away = على بُعد { $km } كم
assistant-km-from-home = على بُعد { $km } كم من السكن

## مواعيد العمل
assistant-hours-as-listed = المواعيد كما وردت: { $hours }
assistant-hours-unknown = مواعيد العمل غير معروفة
assistant-hours-always-open = مفتوح على مدار الساعة
assistant-hours-days = { $days } { $times }
assistant-hours-days-closed = { $days } مغلق
assistant-hours-days-all-day = { $days } مفتوح على مدار الساعة
assistant-hours-closed = مغلق
assistant-hours-open-all-day = مفتوح على مدار الساعة
assistant-hours-error = { $problem } اكتب المواعيد هكذا: «Mo-Fr 09:00-17:00; Sa 10:00-14:00»، أو 24/7.
assistant-hours-empty = مواعيد العمل فارغة.
assistant-hours-too-long = لا تتجاوز { $max } حرفًا في المواعيد.
assistant-hours-empty-rule = توجد قاعدة فارغة بين علامتي «;».
assistant-hours-not-a-day = «{ $text }» ليس يومًا (Mo, Tu, We, Th, Fr, Sa, Su).
assistant-hours-not-a-time = «{ $text }» ليس وقتًا من اليوم (HH:MM، من 00:00 إلى 24:00).
assistant-hours-no-times = قاعدة تذكر أيامًا بلا أوقات.
assistant-hours-not-a-range = «{ $text }» ليس فترة زمنية.
assistant-hours-closes-before-opening = { $open }–{ $close } يُغلق قبل أن يفتح: أنهِ اليوم عند 24:00.
assistant-hours-too-many = { $max } فترات زمنية على الأكثر في اليوم.
assistant-hours-overlap = فترتان زمنيتان متداخلتان.

## مصادر الأماكن والطقس
assistant-source-guidebook = دليل المضيف
assistant-source-haven = قائمة أماكن Haven
assistant-source-open-meteo = توقعات Open-Meteo
assistant-source-typical-weather = الطقس المعتاد: { $station }
assistant-source-narrative = النص: { $model }
assistant-source-unavailable = { $source }: غير متاح

## صفحة الإعلان
assistant-things-to-do = ما يمكن فعله بالقرب
assistant-things-sources = المصدر: { $sources }. تتغير المواعيد: تحقّق منها قبل الذهاب.
assistant-similar-heading = إقامات مشابهة بالقرب
assistant-similar-list = إقامات مشابهة

## دليل المضيف
assistant-guidebook-title = الدليل
assistant-guidebook-back = → تعديل الإعلان
assistant-guidebook-heading = الدليل: { $title }
assistant-guidebook-about = الأماكن التي تنصح بها. يراها الضيوف في صفحة إعلانك مميّزة على أنها من اختيارك، ويضعها مخطط الرحلات أولًا في خطط أيامهم.
assistant-guidebook-added = أُضيف إلى دليلك.
assistant-guidebook-empty = لا أماكن بعد: أضف أولها أدناه.
assistant-guidebook-list = دليلك
assistant-guidebook-remove = إزالة
assistant-guidebook-remove-place = إزالة: { $name }
assistant-guidebook-add-heading = إضافة مكان
assistant-guidebook-name = الاسم
assistant-guidebook-name-hint = كما هو مكتوب على لافتته، مثل «Café A Brasileira».
assistant-guidebook-category = نوع المكان
assistant-guidebook-latitude = خط العرض
assistant-guidebook-latitude-hint = يبدأ من موقع سكنك: غيّره إلى موقع المكان نفسه (تعرضه أي خريطة).
assistant-guidebook-longitude = خط الطول
assistant-guidebook-hours = مواعيد العمل
assistant-guidebook-hours-hint = مثل «Mo-Fr 09:00-17:00; Sa 10:00-14:00» أو «Tu-Su 10:00-18:00»، أو 24/7 إن كان مفتوحًا دائمًا.
assistant-guidebook-duration = مدة الزيارة المعتادة (بالدقائق)
assistant-guidebook-price = السعر
assistant-guidebook-indoor = داخلي (مناسب ليوم ممطر)
assistant-guidebook-tip = نصيحتك
assistant-guidebook-tip-hint = لماذا يعجبك، وماذا تطلب، ومتى تذهب: حتى { $max } حرف.
assistant-guidebook-add = إضافة إلى الدليل
assistant-guidebook-error-name = أعطِ المكان اسمًا من 1 إلى { $max } حرفًا.
assistant-guidebook-error-category = اختر نوع المكان.
assistant-guidebook-error-latitude = اكتب خط العرض بالدرجات، من -{ $max } إلى { $max }.
assistant-guidebook-error-longitude = اكتب خط الطول بالدرجات، من -{ $max } إلى { $max }.
assistant-guidebook-error-duration = اكتب مدة زيارة معتادة بالدقائق، من { $min } إلى { $max }.
assistant-guidebook-error-price = اختر مستوى سعر من مجاني (0) إلى 4.
assistant-guidebook-error-tip = لا تتجاوز { $max } حرف في النصيحة.
assistant-guidebook-error-full = يتسع الدليل لـ { $max } مكانًا على الأكثر: أزل مكانًا أولًا.

## خطة الرحلة
assistant-pace-relaxed = هادئ: نشاطان في اليوم
assistant-pace-moderate = معتدل: ثلاثة أنشطة في اليوم
assistant-pace-packed = مزدحم: ثلاثة أنشطة، أبعد بعضها عن بعض
assistant-travel-walking = سيرًا على الأقدام (حتى { $km } كم في اليوم)
assistant-travel-transit = بالمواصلات العامة (حتى { $km } كم في اليوم)
assistant-slot-morning = الصباح
assistant-slot-afternoon = بعد الظهر
assistant-slot-evening = المساء
assistant-plan-heading = أيامك
assistant-plan-intro = خطّط لكل يوم من إقامتك: أماكن قريبة من سكنك، مفتوحة عند زيارتها، وأماكن الهواء الطلق في الأيام ذات أفضل طقس.
assistant-plan-narrative-note = كتبه نموذج لغوي انطلاقًا من الخطة أدناه، ولا يمكنه تغييرها.
assistant-plan-ics = أضف هذه الأيام إلى تقويمك (.ics)
assistant-plan-dropped = مستبعدة بطلبك: { $places }.
assistant-plan-dropped-unknown = مكان لم يعد مدرجًا
assistant-plan-sources = الأوقات محلية ({ $time_zone }). المصدر: { $sources }. تتغير مواعيد العمل: تحقّق منها قبل الذهاب.
assistant-plan-change = تغيير محتوى الخطة
assistant-plan-wishes = رغباتك
assistant-plan-interests = ماذا تحب؟
assistant-plan-pace = الإيقاع
assistant-plan-travel = التنقل
assistant-plan-kids = مع أطفال: أماكن مناسبة لهم فقط
assistant-plan-again = إعداد خطة جديدة
assistant-plan-submit = خطّط لأيامي
assistant-choose-pace = اختر إيقاعًا.
assistant-choose-travel = اختر طريقة تنقلك.
assistant-day-arrival = { $date } · الوصول
assistant-day-departure = { $date } · المغادرة
assistant-day-free = وقت حر.
assistant-day-travel = نحو { $km } كم ذهابًا وإيابًا.
assistant-weather-forecast = التوقعات
assistant-weather-typical = المعتاد في { $month }
assistant-weather = { $label }: { $high }° / { $low }°م
assistant-weather-rain-chance = { $label }: { $high }° / { $low }°م، احتمال المطر { $chance }٪
assistant-weather-rain-days = { $days ->
    [zero] { $label }: { $high }° / { $low }°م، لا مطر في الشهر عادة
    [one] { $label }: { $high }° / { $low }°م، مطر يومًا واحدًا في الشهر
    [two] { $label }: { $high }° / { $low }°م، مطر يومين في الشهر
    [few] { $label }: { $high }° / { $low }°م، مطر { $days } أيام في الشهر
   *[other] { $label }: { $high }° / { $low }°م، مطر { $days } يومًا في الشهر
}
assistant-stop-when = { $slot } { $start }–{ $end }
assistant-stop-pinned = · مثبّت
assistant-stop-open = مفتوح في ذلك اليوم: { $hours }
assistant-stop-pin = تثبيت
assistant-stop-unpin = إلغاء التثبيت
assistant-stop-drop = استبعاد
assistant-stop-pin-label = ثبّت { $name } هنا
assistant-stop-unpin-label = ألغِ تثبيت { $name }
assistant-stop-drop-label = استبعد { $name } من الخطة
assistant-plan-error-cancelled = لن يتم هذا الحجز، فلا رحلة للتخطيط لها.
assistant-plan-error-pin-gone = مكان مثبّت ({ $key }) لم يعد قريبًا من هذه الإقامة أو ليست له مواعيد معروفة: ألغِ تثبيته.
assistant-plan-error-too-many-pins = ثبّت { $max } مكانًا على الأكثر.
assistant-plan-error-too-many-dropped = استبعد { $max } مكان على الأكثر.
assistant-plan-error-pin-date = تُكتب تواريخ الأماكن المثبّتة بالصيغة YYYY-MM-DD، لا «{ $date }».
assistant-plan-error-not-in-stay = { $date } ليس يومًا من هذه الإقامة.
assistant-plan-error-pin-key = يُحدَّد المكان المثبّت بمفتاحه `key`.
assistant-plan-error-dropped-key = تُحدَّد الأماكن المستبعدة بمفاتيحها `key`.
assistant-plan-error-dates = المغادرة ({ $check_out }) ليست بعد الوصول ({ $check_in })
assistant-plan-error-too-long = إقامة من { $nights } ليلة أطول من الحد الأقصى { $max }
assistant-plan-error-stay-location = موقع السكن غير صالح
assistant-plan-error-unknown = النشاط المثبّت { $activity } غير معروف
assistant-plan-error-location = للنشاط المثبّت { $activity } موقع غير صالح
assistant-plan-error-locked-dropped = النشاط { $activity } مثبّت ومستبعد في آن واحد
assistant-plan-error-outside-stay = النشاط { $activity } مثبّت في { $date }، خارج الإقامة
assistant-plan-error-slot-unavailable = النشاط { $activity } مثبّت في فترة «{ $slot }» من { $date }، وهي فترة لا يتضمنها ذلك اليوم
assistant-plan-error-slot-taken = أكثر من نشاط مثبّت في فترة «{ $slot }» من { $date }
assistant-plan-error-locked-twice = النشاط { $activity } مثبّت أكثر من مرة
assistant-plan-error-closed = لا يمكن زيارة النشاط { $activity } في فترة «{ $slot }» من { $date }
assistant-plan-error-unreachable = لا يمكن الوصول في الوقت إلى كل الأنشطة المثبّتة في { $date }
assistant-plan-error-too-far = تحتاج الأنشطة المثبّتة في { $date } إلى { $km } كم، أكثر من الحد البالغ { $limit } كم

## «مختارة لك» في الصفحة الرئيسية
assistant-picks-saved-and-booked = بناءً على المنازل التي حفظتها وحجزتها
assistant-picks-near-searches = رائجة قرب عمليات بحثك: { $places }

## سجل البحث في صفحة الحساب
assistant-history-heading = سجل البحث
assistant-history-about = ما دام هذا الخيار مفعّلًا، يحتفظ Haven بالأماكن التي تبحث عنها (آخر { $kept })، فقط لاقتراح منازل عليك في الصفحة الرئيسية تحت «مختارة لك». لا يراها أحد غيرك. إيقافه يحذفها، وكذلك حذف حسابك.
assistant-history-count = { $count ->
    [zero] لا عمليات بحث محفوظة.
    [one] عملية بحث واحدة محفوظة.
    [two] عمليتا بحث محفوظتان.
    [few] { $count } عمليات بحث محفوظة.
    [many] { $count } عملية بحث محفوظة.
   *[other] { $count } عملية بحث محفوظة.
}
assistant-history-keep = احتفظ بعمليات بحثي لاقتراح منازل
assistant-history-save = حفظ
assistant-history-clear = امسح سجل البحث
assistant-history-saved = حُفظ اختيارك.
assistant-history-cleared = مُسح سجل البحث.
