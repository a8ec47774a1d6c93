## catalog: الصفحة الرئيسية والبحث وصفحة الإعلان (الإقامة والتقويم والقواعد) وصفحة عدم
## الاتصال، ورسائل البحث والإقامة.

catalog-check-in = تاريخ الوصول
catalog-check-out = تاريخ المغادرة
catalog-adults = البالغون
catalog-children = الأطفال
catalog-infants = الرضّع
catalog-pets = الحيوانات الأليفة
catalog-nights = { $count ->
    [zero] { $count } ليلة
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $count } ليالٍ
    [many] { $count } ليلة
   *[other] { $count } ليلة
}
catalog-list-separator = {"، "}

## الصفحة الرئيسية.

catalog-home-description = اعثر على منازل وأكواخ وشقق واحجزها لرحلتك القادمة على Haven.
catalog-home-title = أقِم في مكان تشعر فيه وكأنك في بيتك
catalog-home-lead = منازل وأكواخ وشقق في المدن والجبال وعلى الساحل، يستضيفك فيها أناس يعيشون هناك.
catalog-home-search-label = إلى أين؟ اذكر مكانًا أو صِف رحلتك
catalog-home-search-placeholder = جرّب: كوخ لستة أشخاص قرب أسبن في مارس، 5 ليالٍ
catalog-home-picks = مختارة لك
catalog-home-featured = إقامات مميزة
catalog-home-empty = لا توجد إقامات معروضة بعد. عُد قريبًا.

## صفحة البحث.

catalog-search-title = ابحث عن إقامة
catalog-search-title-place = إقامات في { $place }
catalog-search-description = ابحث عن منازل وأكواخ وشقق حسب المكان والتواريخ وعدد الضيوف والسعر.
catalog-search-button = بحث
catalog-search-searching = جارٍ البحث…
catalog-search-check = راجع البحث:
catalog-search-where = إلى أين، أو صِف رحلتك
catalog-search-where-placeholder = لشبونة، أو: شخصان بالغان في لشبونة عطلة نهاية الأسبوع القادمة
catalog-search-filters = عوامل التصفية
catalog-search-min-price = أدنى سعر لليلة
catalog-search-max-price = أعلى سعر لليلة
catalog-search-type = نوع المكان
catalog-search-any-type = أي نوع
catalog-search-bedrooms = غرف النوم
catalog-search-rating = تقييم الضيوف
catalog-search-any = أي عدد
catalog-search-at-least = { $count }+
catalog-search-amenities = المرافق
catalog-search-instant-only = الحجز الفوري فقط
catalog-search-sort = الترتيب حسب
catalog-search-count = { $count ->
    [0] لا توجد إقامات مطابقة
    [one] إقامة واحدة
    [two] إقامتان
    [few] { $count } إقامات
    [many] { $count } إقامة
   *[other] { $count } إقامة
}
catalog-search-results-heading = النتائج
catalog-search-results = نتائج البحث
catalog-search-pages = الصفحات
catalog-search-previous = → السابق
catalog-search-next = التالي ←
catalog-search-page = الصفحة { $page } من { $pages }

catalog-sort-recommended = الموصى بها
catalog-sort-rating = تقييم الضيوف
catalog-sort-price-asc = السعر: من الأدنى إلى الأعلى
catalog-sort-price-desc = السعر: من الأعلى إلى الأدنى
catalog-sort-newest = الأحدث
catalog-sort-distance = المسافة

## البحث على شكل وسوم يمكن إزالة كل منها.

catalog-chips-label = بحثك
catalog-chip-remove = إزالة { $label }
catalog-chips-unused = لم يُستخدم في البحث: { $words }
catalog-chips-unused-word = «{ $word }»
catalog-chip-dates = { $check_in } – { $check_out }
catalog-chip-adults = { $count ->
    [one] بالغ واحد
    [two] بالغان
    [few] { $count } بالغين
    [many] { $count } بالغًا
   *[other] { $count } بالغ
}
catalog-chip-children = { $count ->
    [one] طفل واحد
    [two] طفلان
    [few] { $count } أطفال
    [many] { $count } طفلًا
   *[other] { $count } طفل
}
catalog-chip-infants = { $count ->
    [one] رضيع واحد
    [two] رضيعان
    [few] { $count } رُضّع
    [many] { $count } رضيعًا
   *[other] { $count } رضيع
}
catalog-chip-pets = { $count ->
    [one] حيوان أليف واحد
    [two] حيوانان أليفان
    [few] { $count } حيوانات أليفة
    [many] { $count } حيوانًا أليفًا
   *[other] { $count } حيوان أليف
}
catalog-chip-price-range = { $min }–{ $max } لليلة
catalog-chip-price-from = من { $min } لليلة
catalog-chip-price-up-to = حتى { $max } لليلة
catalog-chip-bedrooms = غرف النوم: { $count }+
catalog-chip-beds = الأسرّة: { $count }+
catalog-chip-bathrooms = الحمّامات: { $count }+
catalog-chip-instant-book = حجز فوري
catalog-chip-stars = النجوم: { $count }+

## ما الخطأ في البحث.

catalog-search-error-destination = اختصر الوجهة إلى { $max } حرف على الأكثر.
catalog-search-error-currency = اختر USD أو EUR أو GBP.
catalog-search-error-price-negative = { $bound ->
    [min] أدنى سعر: لا يمكن أن يكون سالبًا.
   *[max] أعلى سعر: لا يمكن أن يكون سالبًا.
}
catalog-search-error-price-malformed = { $bound ->
    [min] أدنى سعر: أدخل مبلغًا مثل 120 أو 99.50.
   *[max] أعلى سعر: أدخل مبلغًا مثل 120 أو 99.50.
}
catalog-search-error-price-too-large = { $bound ->
    [min] أدنى سعر: 1,000,000 لليلة على الأكثر.
   *[max] أعلى سعر: 1,000,000 لليلة على الأكثر.
}
catalog-search-error-price-order = أدنى سعر أعلى من أعلى سعر.
catalog-search-error-type = «{ $value }» ليس نوع مكان يعرفه Haven.
catalog-search-error-amenity = «{ $value }» ليس مرفقًا يعرفه Haven.
catalog-search-error-bathrooms = أدخل عدد الحمّامات من 0 إلى { $max }.
catalog-search-error-instant = قيمة الحجز الفوري هي true أو false.
catalog-search-error-rating = أدنى تقييم هو عدد من النجوم من 1 إلى 5، مثل 4 أو 4.5.
catalog-search-error-sort = رتّب حسب recommended أو rating أو price_asc أو price_desc أو newest أو distance.
catalog-search-error-distance = الترتيب حسب المسافة يتطلب منطقة على الخريطة أو نقطة مع نصف قطر.
catalog-search-error-whole = استخدم عددًا صحيحًا من 1 إلى { $max }.
catalog-search-error-depth = هذه الصفحة بعيدة جدًا: ضيّق البحث لرؤية هذه النتائج.
catalog-search-error-area-and-point = ابحث في منطقة على الخريطة أو حول نقطة، لا في الاثنين معًا.
catalog-search-error-area-format = تُكتب منطقة الخريطة بالصيغة west,south,east,north بالدرجات.
catalog-search-error-area-outside = منطقة الخريطة خارج العالم: خطوط الطول من -180 إلى 180، ودوائر العرض من -90 إلى 90.
catalog-search-error-area-empty = منطقة الخريطة فارغة: يجب أن يكون south أقل من north، وأن يختلف west عن east.
catalog-search-error-radius = يجب أن يكون نصف القطر أكبر من 0 وألا يزيد على { $max } كم.
catalog-search-error-point-format = تُكتب النقطة بالأرقام: lat (من -90 إلى 90) وlng (من -180 إلى 180) وradius_km.
catalog-search-error-point-partial = البحث حول نقطة يتطلب lat وlng وradius_km معًا.

## عندما لا يطابق شيء: التغيير الذي سيجد نتائج.

catalog-relax-dates = جرّب تواريخ أخرى: لا يوجد مكان متاح في كل ليالي هذه الإقامة.
catalog-relax-price = جرّب توسيع نطاق الأسعار.
catalog-relax-amenities = جرّب عددًا أقل من المرافق.
catalog-relax-property-type = جرّب أنواعًا أكثر من أماكن الإقامة.
catalog-relax-instant-book = جرّب تضمين الأماكن التي ترد على طلبات الحجز، لا الحجز الفوري وحده.
catalog-relax-rooms = جرّب عددًا أقل من غرف النوم أو الأسرّة أو الحمّامات.
catalog-relax-rating = جرّب حدًا أدنى أقل للتقييم.
catalog-relax-guests = جرّب عددًا أقل من الضيوف: لا يتسع أي مكان هنا للجميع.
catalog-relax-area = جرّب تصغير الخريطة أو تحريكها.
catalog-relax-destination = لا توجد إعلانات هناك بعد: جرّب مدينة قريبة أو بلدًا.
catalog-relax-filters = جرّب إزالة بعض عوامل التصفية.

## من يأتي، وتواريخ الإقامة.

catalog-count-not-whole = { $field ->
    [adults] أدخل عدد البالغين عددًا صحيحًا.
    [guests] أدخل عدد الضيوف عددًا صحيحًا.
    [children] أدخل عدد الأطفال عددًا صحيحًا.
    [infants] أدخل عدد الرضّع عددًا صحيحًا.
    [pets] أدخل عدد الحيوانات الأليفة عددًا صحيحًا.
    [bedrooms] أدخل عدد غرف النوم عددًا صحيحًا.
    [beds] أدخل عدد الأسرّة عددًا صحيحًا.
   *[other] أدخل عددًا صحيحًا.
}
catalog-count-negative = { $field ->
    [adults] لا يمكن أن يكون عدد البالغين سالبًا.
    [guests] لا يمكن أن يكون عدد الضيوف سالبًا.
    [children] لا يمكن أن يكون عدد الأطفال سالبًا.
    [infants] لا يمكن أن يكون عدد الرضّع سالبًا.
    [pets] لا يمكن أن يكون عدد الحيوانات الأليفة سالبًا.
    [bedrooms] لا يمكن أن يكون عدد غرف النوم سالبًا.
    [beds] لا يمكن أن يكون عدد الأسرّة سالبًا.
   *[other] لا يمكن أن يكون العدد سالبًا.
}
catalog-count-too-many = { $field ->
    [adults] الحد الأقصى لعدد البالغين هو { $max }.
    [guests] الحد الأقصى لعدد الضيوف هو { $max }.
    [children] الحد الأقصى لعدد الأطفال هو { $max }.
    [infants] الحد الأقصى لعدد الرضّع هو { $max }.
    [pets] الحد الأقصى لعدد الحيوانات الأليفة هو { $max }.
    [bedrooms] الحد الأقصى لعدد غرف النوم هو { $max }.
    [beds] الحد الأقصى لعدد الأسرّة هو { $max }.
   *[other] الحد الأقصى هو { $max }.
}
catalog-guests-adult-needed = يجب أن يأتي بالغ واحد على الأقل.
catalog-dates-missing = اختر تاريخي الوصول والمغادرة.
catalog-dates-order = يجب أن يكون تاريخ المغادرة بعد تاريخ الوصول.
catalog-dates-too-long = لا يمكن أن تزيد الإقامة على { $max } ليلة.
catalog-dates-check-in-format = أدخل تاريخ الوصول بالصيغة YYYY-MM-DD.
catalog-dates-check-out-format = أدخل تاريخ المغادرة بالصيغة YYYY-MM-DD.
catalog-dates-check-in-missing = اختر تاريخ الوصول أيضًا.
catalog-dates-check-out-missing = اختر تاريخ المغادرة أيضًا.
catalog-dates-past = لا يمكن أن يكون تاريخ الوصول في الماضي.
catalog-dates-too-far = يمكن أن يكون تاريخ الوصول بعد سنتين على الأكثر.

## قواعد المكان للإقامة.

catalog-rule-max-guests = { $count ->
    [one] يتسع هذا المكان لضيف واحد على الأكثر.
    [two] يتسع هذا المكان لضيفين على الأكثر.
    [few] يتسع هذا المكان لـ { $count } ضيوف على الأكثر.
    [many] يتسع هذا المكان لـ { $count } ضيفًا على الأكثر.
   *[other] يتسع هذا المكان لـ { $count } ضيف على الأكثر.
}
catalog-rule-max-infants = { $count ->
    [0] لا يستقبل هذا المكان الرضّع.
    [one] يتسع هذا المكان لرضيع واحد على الأكثر.
    [two] يتسع هذا المكان لرضيعين على الأكثر.
    [few] يتسع هذا المكان لـ { $count } رُضّع على الأكثر.
    [many] يتسع هذا المكان لـ { $count } رضيعًا على الأكثر.
   *[other] يتسع هذا المكان لـ { $count } رضيع على الأكثر.
}
catalog-rule-no-pets = لا يُسمح بالحيوانات الأليفة هنا.
catalog-rule-min-nights = الحد الأدنى لعدد ليالي الإقامة هنا { $count }.
catalog-rule-max-nights = الحد الأقصى لعدد ليالي الإقامة هنا { $count }.
catalog-rule-notice = { $count ->
    [one] يحتاج هذا المضيف إلى إشعار مسبق بيوم واحد: يمكنك الوصول غدًا أو بعده.
    [two] يحتاج هذا المضيف إلى إشعار مسبق بيومين قبل الوصول.
    [few] يحتاج هذا المضيف إلى إشعار مسبق بـ { $count } أيام قبل الوصول.
    [many] يحتاج هذا المضيف إلى إشعار مسبق بـ { $count } يومًا قبل الوصول.
   *[other] يحتاج هذا المضيف إلى إشعار مسبق بـ { $count } يوم قبل الوصول.
}
catalog-rule-window = { $count ->
    [one] يقبل هذا المكان الحجوزات قبل يوم واحد على الأكثر.
    [two] يقبل هذا المكان الحجوزات قبل يومين على الأكثر.
    [few] يقبل هذا المكان الحجوزات قبل { $count } أيام على الأكثر.
    [many] يقبل هذا المكان الحجوزات قبل { $count } يومًا على الأكثر.
   *[other] يقبل هذا المكان الحجوزات قبل { $count } يوم على الأكثر.
}

## صفحة الإعلان.

catalog-listing-place = { $city }، { $country }
catalog-listing-place-state = { $city }، { $state }، { $country }
catalog-listing-hosted-by = { $kind } · المضيف: { $host }
catalog-capacity = { $guests ->
        [one] ضيف واحد
        [two] ضيفان
        [few] { $guests } ضيوف
        [many] { $guests } ضيفًا
       *[other] { $guests } ضيف
    } · { $bedrooms ->
        [0] استوديو
        [one] غرفة نوم واحدة
        [two] غرفتا نوم
        [few] { $bedrooms } غرف نوم
        [many] { $bedrooms } غرفة نوم
       *[other] { $bedrooms } غرفة نوم
    } · { $beds ->
        [one] سرير واحد
        [two] سريران
        [few] { $beds } أسرّة
        [many] { $beds } سريرًا
       *[other] { $beds } سرير
    } · { $baths ->
        [one] حمّام واحد
        [two] حمّامان
        [few] { $baths } حمّامات
        [many] { $baths } حمّامًا
       *[other] { $baths } حمّام
    }
catalog-listing-about = عن هذا المكان
catalog-listing-amenities = ما يقدمه هذا المكان
catalog-listing-price = السعر
catalog-listing-price-night = { $price } لليلة
catalog-listing-cleaning-fee = رسوم التنظيف
catalog-listing-guests = الضيوف
catalog-listing-up-to = حتى { $count }
catalog-listing-min-stay = الحد الأدنى للإقامة
catalog-listing-instant = حجز فوري: لا حاجة لانتظار رد المضيف.

catalog-host-heading = تعرّف على مضيفك، { $name }
catalog-host-since = يستضيف على Haven منذ { $year } · { $count ->
    [one] إعلان واحد
    [two] إعلانان
    [few] { $count } إعلانات
    [many] { $count } إعلانًا
   *[other] { $count } إعلان
}
catalog-host-badge = خبرة وتقييمات عالية وسرعة في الرد.
catalog-host-contact = تواصل مع المضيف

catalog-where-heading = أين ستقيم
catalog-where-map = خريطة المنطقة المحيطة بـ { $city }
catalog-where-note = في { $place }. تُظلّل الخريطة الحي، لا العنوان الدقيق.

catalog-rules-heading = قواعد المنزل
catalog-rules-check-in = الوصول بعد { $time }
catalog-rules-check-out = المغادرة قبل { $time }
catalog-rules-pets = يُسمح بالحيوانات الأليفة
catalog-rules-no-pets = لا يُسمح بالحيوانات الأليفة
catalog-rules-smoking = يُسمح بالتدخين
catalog-rules-no-smoking = التدخين ممنوع
catalog-rules-events = يُسمح بالمناسبات
catalog-rules-no-events = لا حفلات ولا مناسبات
catalog-rules-infants = { $count ->
    [0] لا يُستقبل الرضّع
    [one] يتسع لرضيع واحد
    [two] يتسع لرضيعين
    [few] يتسع لـ { $count } رُضّع
    [many] يتسع لـ { $count } رضيعًا
   *[other] يتسع لـ { $count } رضيع
}
catalog-rules-policy = سياسة الإلغاء: { $policy }
catalog-policy-flexible = مرنة
catalog-policy-flexible-rule = استرداد كامل إذا ألغيت قبل يوم واحد على الأقل من الوصول؛ لا استرداد في يوم الوصول.
catalog-policy-moderate = معتدلة
catalog-policy-moderate-rule = استرداد كامل إذا ألغيت قبل 5 أيام على الأقل من الوصول؛ ونصف قيمة الإقامة (من دون رسوم الخدمة) إذا ألغيت قبله بيوم إلى 4 أيام؛ لا استرداد في يوم الوصول.
catalog-policy-strict = صارمة
catalog-policy-strict-rule = استرداد كامل إذا ألغيت قبل 14 يومًا على الأقل من الوصول؛ ونصف قيمة الإقامة (من دون رسوم الخدمة) إذا ألغيت قبله بـ 7 إلى 13 يومًا؛ لا استرداد بعد ذلك.

## الإقامة في صفحة الإعلان.

catalog-stay-label = إقامتك
catalog-stay-check-price = اعرف السعر
catalog-stay-pricing = جارٍ حساب السعر…
catalog-stay-choose-dates = اختر التواريخ لرؤية المجموع.
catalog-quote-label = سعر إقامتك
catalog-quote-nights-at = { $price } × { $nights ->
    [one] ليلة واحدة
    [two] ليلتان
    [few] { $nights } ليالٍ
    [many] { $nights } ليلة
   *[other] { $nights } ليلة
}
catalog-quote-weekly-discount = خصم أسبوعي
catalog-quote-monthly-discount = خصم شهري
catalog-quote-service-fee = رسوم خدمة Haven
catalog-quote-taxes = الضرائب
catalog-quote-total = المجموع
catalog-quote-per-night = السعر لكل ليلة
catalog-quote-taken = بعض هذه الليالي محجوزة. جرّب تواريخ أخرى.

catalog-reserve-label = احجز هذه الإقامة
catalog-reserve-message = رسالة إلى المضيف (اختياري)
catalog-reserve-sign-in = { $link } للحجز.
catalog-reserve-sign-in-link = سجّل الدخول
catalog-reserve-instant = احجز
catalog-reserve-request = اطلب الحجز
catalog-reserve-instant-note = يُؤكَّد الحجز فورًا. يُخصم المبلغ عند الحجز.
catalog-reserve-request-note = يرد المضيف خلال 24 ساعة. لا يُخصم المبلغ إلا إذا وافق.

## تقويم الإعلان، وهو أيضًا أداة اختيار التواريخ.

catalog-calendar-heading = التوفر
catalog-calendar-loading = جارٍ تحميل التقويم…
catalog-calendar-unavailable = التقويم غير متاح حاليًا.
catalog-calendar-rule-up-to = عدد ليالي الإقامة { $max } على الأكثر.
catalog-calendar-rule = عدد ليالي الإقامة من { $min } إلى { $max }.
catalog-calendar-taken = الليالي المشطوبة محجوزة.
catalog-calendar-choose-check-in = اختر يوم الوصول.
catalog-calendar-choose-check-out = اختر الآن يوم المغادرة.
catalog-calendar-day = { $date }، { $state ->
    [available] متاح
    [unavailable] غير متاح
   *[past] مضى
}
catalog-calendar-arrive = الوصول في { $date }
catalog-calendar-leave = المغادرة في { $date }
catalog-calendar-selected = { $choice }، محدد
catalog-calendar-more = عرض الأشهر العشرة التالية

## صفحة عدم الاتصال.

catalog-offline-title = غير متصل
catalog-offline-heading = أنت غير متصل بالإنترنت
catalog-offline-lead = لا يستطيع Haven الوصول إلى الإنترنت الآن، ولم تُحفظ هذه الصفحة على هذا الجهاز.
catalog-offline-saved = الصفحات التي فتحتها من قبل، مثل رحلاتك والإعلانات التي اطّلعت عليها، تُفتح من دون اتصال.
catalog-offline-trips = رحلاتك
catalog-offline-home = الرئيسية
catalog-offline-retry = حاول مجددًا

## أنواع أماكن الإقامة والمرافق.

catalog-type-apartment = شقة
catalog-type-house = منزل
catalog-type-condo = شقة في مجمّع سكني
catalog-type-loft = لوفت
catalog-type-villa = فيلا
catalog-type-cabin = كوخ
catalog-type-cottage = كوخ ريفي
catalog-type-townhouse = منزل متلاصق
catalog-type-bungalow = بنغل
catalog-type-chalet = شاليه
catalog-type-guesthouse = بيت ضيافة
catalog-type-tiny-home = منزل صغير
catalog-type-home = مسكن

catalog-amenity-wifi = واي فاي
catalog-amenity-kitchen = مطبخ
catalog-amenity-washer = غسالة
catalog-amenity-dryer = مجفف ملابس
catalog-amenity-air-conditioning = تكييف
catalog-amenity-heating = تدفئة
catalog-amenity-dedicated-workspace = مساحة عمل مخصصة
catalog-amenity-tv = تلفزيون
catalog-amenity-free-parking = موقف سيارات مجاني في المكان
catalog-amenity-paid-parking = موقف سيارات مدفوع
catalog-amenity-pool = مسبح
catalog-amenity-hot-tub = حوض استحمام ساخن
catalog-amenity-ev-charger = شاحن سيارات كهربائية
catalog-amenity-gym = صالة رياضية
catalog-amenity-bbq-grill = شواية
catalog-amenity-patio = فناء أو شرفة
catalog-amenity-fireplace = مدفأة داخلية
catalog-amenity-crib = سرير أطفال
catalog-amenity-high-chair = كرسي مرتفع للأطفال
catalog-amenity-self-check-in = تسجيل وصول ذاتي
catalog-amenity-smoke-alarm = جهاز إنذار الدخان
catalog-amenity-carbon-monoxide-alarm = جهاز إنذار أول أكسيد الكربون
catalog-amenity-first-aid-kit = حقيبة إسعافات أولية
catalog-amenity-fire-extinguisher = طفاية حريق
catalog-amenity-pets-allowed = يُسمح بالحيوانات الأليفة
catalog-amenity-beach-access = وصول إلى الشاطئ
catalog-amenity-lake-access = وصول إلى البحيرة
catalog-amenity-ski-in-out = وصول مباشر إلى منحدرات التزلج
catalog-amenity-waterfront = على الواجهة المائية
catalog-amenity-mountain-view = إطلالة على الجبل
catalog-amenity-ocean-view = إطلالة على المحيط
catalog-amenity-city-view = إطلالة على أفق المدينة
catalog-amenity-breakfast = إفطار
catalog-amenity-long-term-stays = يُسمح بالإقامات الطويلة
catalog-amenity-luggage-dropoff = يُسمح بترك الأمتعة
catalog-quote-charged = سيُخصم منك { $amount } ({ $currency })، بعملة مكان الإقامة.
catalog-rules-time-zone = المواعيد بالتوقيت المحلي لمكان الإقامة ({ $zone })
catalog-search-did-you-mean = هل تقصد { $place }؟
